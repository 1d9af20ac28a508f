from sendops.cli import main

main()
