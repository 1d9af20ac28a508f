-- A sendops database made by main at fef8380 (tables from create_all, no migration history): 3 cases (published, deferred, scheduled), as sqlite3 .dump
BEGIN TRANSACTION;
CREATE TABLE auditentry (
	id INTEGER NOT NULL, 
	at DATETIME NOT NULL, 
	actor VARCHAR NOT NULL, 
	action VARCHAR NOT NULL, 
	case_id INTEGER, 
	details JSON NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "auditentry" VALUES(1,'2026-03-13 08:00:00.000000','tester','import_contacts',NULL,'{"file": "/tmp/legacyhome/contacts.csv", "rows": 10, "changed": 10}');
INSERT INTO "auditentry" VALUES(2,'2026-04-01 01:00:00.000000','Ann HMI','decide_outcome',1,'{"key": "onsite_ends", "values": {"decided_by": "Ann HMI", "weakness_1": true, "weakness_2": false}}');
INSERT INTO "auditentry" VALUES(3,'2026-04-01 03:00:00.000000','QA lead','decide_draft_sent',1,'{"key": "draft_sent", "values": {"decided_by": "QA lead"}}');
INSERT INTO "auditentry" VALUES(4,'2026-04-18 00:59:59.000000','QA lead','decide_final_issued',1,'{"key": "final_letter_due", "values": {"decided_by": "QA lead"}}');
INSERT INTO "auditentry" VALUES(5,'2026-04-18 02:59:59.000000','Publications','decide_published',1,'{"key": "publication_due", "values": {"decided_by": "Publications"}}');
INSERT INTO "auditentry" VALUES(6,'2026-03-13 08:00:00.000000','tester','import_contacts',NULL,'{"file": "/tmp/legacyhome/contacts.csv", "rows": 10, "changed": 0}');
INSERT INTO "auditentry" VALUES(7,'2026-03-13 08:00:00.000000','tester','import_contacts',NULL,'{"file": "/tmp/legacyhome/contacts.csv", "rows": 10, "changed": 0}');
CREATE TABLE "case" (
	id INTEGER NOT NULL, 
	kind VARCHAR NOT NULL, 
	area_id INTEGER NOT NULL, 
	start DATE NOT NULL, 
	onsite_days INTEGER NOT NULL, 
	attempt INTEGER NOT NULL, 
	status VARCHAR NOT NULL, 
	lead_hmi VARCHAR NOT NULL, 
	weaknesses JSON NOT NULL, 
	events JSON NOT NULL, 
	facts JSON NOT NULL, 
	awaiting VARCHAR, 
	flow_run_id VARCHAR, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(area_id) REFERENCES localarea (id)
);
INSERT INTO "case" VALUES(1,'revisit',21,'2026-03-30',3,1,'published','Ann HMI','["EHC plans", "Joint commissioning"]','{"draft_sent": "2026-04-01", "final_issued": "2026-04-18"}','{}',NULL,NULL,'2026-03-13 08:00:00.000000','2026-04-18 02:59:59.000000');
INSERT INTO "case" VALUES(2,'full-2016',21,'2026-04-20',5,1,'deferred','Ann HMI','[]','{}','{}',NULL,NULL,'2026-03-13 08:00:00.000000','2026-03-13 08:00:00.000000');
INSERT INTO "case" VALUES(3,'full-2023',21,'2026-10-26',5,1,'scheduled','Ann HMI','[]','{}','{}','notify_partnership (due Mon 12 Oct 2026 09:00 BST)',NULL,'2026-03-13 08:00:00.000000','2026-03-13 08:00:00.000000');
CREATE TABLE casemilestone (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	attempt INTEGER NOT NULL, 
	"key" VARCHAR NOT NULL, 
	due DATETIME NOT NULL, 
	status VARCHAR NOT NULL, 
	done_at DATETIME, 
	late BOOLEAN NOT NULL, 
	outcome VARCHAR, 
	PRIMARY KEY (id), 
	UNIQUE (case_id, attempt, "key"), 
	FOREIGN KEY(case_id) REFERENCES "case" (id)
);
INSERT INTO "casemilestone" VALUES(1,1,1,'notify_local_area','2026-03-16 09:00:00.000000','done','2026-03-16 09:00:00.000000',0,NULL);
INSERT INTO "casemilestone" VALUES(2,1,1,'notify_ccg_icb','2026-03-16 09:00:00.000000','done','2026-03-16 09:00:00.000000',0,NULL);
INSERT INTO "casemilestone" VALUES(3,1,1,'lano_followup','2026-03-16 09:00:00.000000','done','2026-03-16 09:00:00.000000',0,NULL);
INSERT INTO "casemilestone" VALUES(4,1,1,'notify_pcf','2026-03-16 09:00:00.000000','done','2026-03-16 09:00:00.000000',0,NULL);
INSERT INTO "casemilestone" VALUES(5,1,1,'evidence_request','2026-03-16 09:00:00.000000','done','2026-03-16 09:00:00.000000',0,NULL);
INSERT INTO "casemilestone" VALUES(6,1,1,'evidence_reminder','2026-03-18 09:00:00.000000','done','2026-03-18 09:00:00.000000',0,NULL);
INSERT INTO "casemilestone" VALUES(7,1,1,'evidence_upload_due','2026-03-19 23:59:59.000000','done','2026-03-19 23:59:59.000000',0,NULL);
INSERT INTO "casemilestone" VALUES(8,1,1,'survey_opens','2026-03-23 12:00:00.000000','done','2026-03-23 12:00:00.000000',0,NULL);
INSERT INTO "casemilestone" VALUES(9,1,1,'survey_closes','2026-03-27 12:00:00.000000','done','2026-03-27 12:00:00.000000',0,NULL);
INSERT INTO "casemilestone" VALUES(10,1,1,'onsite_starts','2026-03-30 08:00:00.000000','done','2026-03-30 08:00:00.000000',0,NULL);
INSERT INTO "casemilestone" VALUES(11,1,1,'onsite_ends','2026-04-01 22:59:59.000000','done','2026-04-01 01:00:00.000000',0,NULL);
INSERT INTO "casemilestone" VALUES(12,1,1,'draft_sent','2026-04-29 22:59:59.000000','done','2026-04-01 03:00:00.000000',0,NULL);
INSERT INTO "casemilestone" VALUES(13,1,1,'final_letter_due','2026-05-14 22:59:59.000000','done','2026-04-18 00:59:59.000000',0,NULL);
INSERT INTO "casemilestone" VALUES(14,1,1,'publication_due','2026-05-21 22:59:59.000000','done','2026-04-18 02:59:59.000000',0,NULL);
INSERT INTO "casemilestone" VALUES(15,1,1,'comments_reminder','2026-04-15 08:00:00.000000','done','2026-04-15 08:00:00.000000',0,NULL);
INSERT INTO "casemilestone" VALUES(16,1,1,'comments_due','2026-04-17 22:59:59.000000','done','2026-04-17 22:59:59.000000',0,NULL);
INSERT INTO "casemilestone" VALUES(17,2,1,'notify_local_area','2026-04-13 08:00:00.000000','pending',NULL,0,NULL);
INSERT INTO "casemilestone" VALUES(18,2,1,'notify_ccg_icb','2026-04-13 08:00:00.000000','pending',NULL,0,NULL);
INSERT INTO "casemilestone" VALUES(19,2,1,'lano_call','2026-04-13 08:00:00.000000','pending',NULL,0,NULL);
INSERT INTO "casemilestone" VALUES(20,2,1,'notify_pcf_iass','2026-04-13 08:00:00.000000','pending',NULL,0,NULL);
INSERT INTO "casemilestone" VALUES(21,2,1,'onsite_starts','2026-04-20 08:00:00.000000','pending',NULL,0,NULL);
INSERT INTO "casemilestone" VALUES(22,2,1,'onsite_ends','2026-04-24 22:59:59.000000','pending',NULL,0,NULL);
INSERT INTO "casemilestone" VALUES(23,2,1,'draft_sent','2026-05-21 22:59:59.000000','pending',NULL,0,NULL);
INSERT INTO "casemilestone" VALUES(24,2,1,'final_report_due','2026-06-05 22:59:59.000000','pending',NULL,0,NULL);
INSERT INTO "casemilestone" VALUES(25,2,1,'publication_due','2026-06-12 22:59:59.000000','pending',NULL,0,NULL);
INSERT INTO "casemilestone" VALUES(26,3,1,'notify_partnership','2026-10-12 08:00:00.000000','pending',NULL,0,NULL);
INSERT INTO "casemilestone" VALUES(27,3,1,'notify_pcf','2026-10-12 08:00:00.000000','pending',NULL,0,NULL);
INSERT INTO "casemilestone" VALUES(28,3,1,'information_request','2026-10-12 08:00:00.000000','pending',NULL,0,NULL);
INSERT INTO "casemilestone" VALUES(29,3,1,'surveys_open','2026-10-12 11:00:00.000000','pending',NULL,0,NULL);
INSERT INTO "casemilestone" VALUES(30,3,1,'surveys_close','2026-10-16 11:00:00.000000','pending',NULL,0,NULL);
INSERT INTO "casemilestone" VALUES(31,3,1,'data_return_due','2026-10-16 22:59:59.000000','pending',NULL,0,NULL);
INSERT INTO "casemilestone" VALUES(32,3,1,'tracking_selected','2026-10-19 08:00:00.000000','pending',NULL,0,NULL);
INSERT INTO "casemilestone" VALUES(33,3,1,'tracking_documents_due','2026-10-21 22:59:59.000000','pending',NULL,0,NULL);
INSERT INTO "casemilestone" VALUES(34,3,1,'onsite_starts','2026-10-26 09:00:00.000000','pending',NULL,0,NULL);
INSERT INTO "casemilestone" VALUES(35,3,1,'onsite_ends','2026-10-30 23:59:59.000000','pending',NULL,0,NULL);
INSERT INTO "casemilestone" VALUES(36,3,1,'draft_sent','2026-11-27 23:59:59.000000','pending',NULL,0,NULL);
INSERT INTO "casemilestone" VALUES(37,3,1,'final_report_due','2026-12-18 23:59:59.000000','pending',NULL,0,NULL);
INSERT INTO "casemilestone" VALUES(38,3,1,'publication_due','2026-12-29 23:59:59.000000','pending',NULL,0,NULL);
CREATE TABLE contact (
	id INTEGER NOT NULL, 
	area_id INTEGER, 
	role VARCHAR NOT NULL, 
	name VARCHAR NOT NULL, 
	email VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (area_id, role, email), 
	FOREIGN KEY(area_id) REFERENCES localarea (id)
);
INSERT INTO "contact" VALUES(1,21,'dcs','dcs person','dcs@camden.example.org');
INSERT INTO "contact" VALUES(2,21,'lano','lano person','lano@camden.example.org');
INSERT INTO "contact" VALUES(3,21,'ccg_icb','ccg_icb person','ccg_icb@camden.example.org');
INSERT INTO "contact" VALUES(4,21,'pcf','pcf person','pcf@camden.example.org');
INSERT INTO "contact" VALUES(5,21,'iass','iass person','iass@camden.example.org');
INSERT INTO "contact" VALUES(6,21,'dfe_adviser','dfe_adviser person','dfe_adviser@camden.example.org');
INSERT INTO "contact" VALUES(7,21,'nhse_adviser','nhse_adviser person','nhse_adviser@camden.example.org');
INSERT INTO "contact" VALUES(8,21,'ccg_icb','Second ICB chief','ceo2@camden.example.org');
INSERT INTO "contact" VALUES(9,NULL,'sos_education','sos_education office','sos_education@gov.example.org');
INSERT INTO "contact" VALUES(10,NULL,'sos_health','sos_health office','sos_health@gov.example.org');
CREATE TABLE decision (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	attempt INTEGER NOT NULL, 
	"key" VARCHAR NOT NULL, 
	decided_by VARCHAR NOT NULL, 
	decided_at DATETIME NOT NULL, 
	"values" JSON NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (case_id, attempt, "key"), 
	FOREIGN KEY(case_id) REFERENCES "case" (id)
);
INSERT INTO "decision" VALUES(1,1,1,'onsite_ends','Ann HMI','2026-04-01 01:00:00.000000','{"decided_by": "Ann HMI", "weakness_1": true, "weakness_2": false}');
INSERT INTO "decision" VALUES(2,1,1,'draft_sent','QA lead','2026-04-01 03:00:00.000000','{"decided_by": "QA lead"}');
INSERT INTO "decision" VALUES(3,1,1,'final_letter_due','QA lead','2026-04-18 00:59:59.000000','{"decided_by": "QA lead"}');
INSERT INTO "decision" VALUES(4,1,1,'publication_due','Publications','2026-04-18 02:59:59.000000','{"decided_by": "Publications"}');
CREATE TABLE deferralrequest (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	attempt INTEGER NOT NULL, 
	requested_by VARCHAR NOT NULL, 
	requested_at DATETIME NOT NULL, 
	reason VARCHAR NOT NULL, 
	status VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(case_id) REFERENCES "case" (id)
);
CREATE TABLE localarea (
	id INTEGER NOT NULL, 
	gss_code VARCHAR NOT NULL, 
	name VARCHAR NOT NULL, 
	official_name VARCHAR NOT NULL, 
	type VARCHAR NOT NULL, 
	region VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (gss_code)
);
INSERT INTO "localarea" VALUES(1,'E09000002','Barking and Dagenham','London Borough of Barking and Dagenham','London borough','London');
INSERT INTO "localarea" VALUES(2,'E09000003','Barnet','London Borough of Barnet','London borough','London');
INSERT INTO "localarea" VALUES(3,'E08000016','Barnsley','Barnsley Metropolitan Borough Council','Metropolitan district','Yorkshire and The Humber');
INSERT INTO "localarea" VALUES(4,'E06000022','Bath and North East Somerset','Bath and North East Somerset Council','Unitary authority','South West');
INSERT INTO "localarea" VALUES(5,'E06000055','Bedford','Bedford Borough Council','Unitary authority','East of England');
INSERT INTO "localarea" VALUES(6,'E09000004','Bexley','London Borough of Bexley','London borough','London');
INSERT INTO "localarea" VALUES(7,'E08000025','Birmingham','Birmingham City Council','Metropolitan district','West Midlands');
INSERT INTO "localarea" VALUES(8,'E06000008','Blackburn with Darwen','Blackburn with Darwen Borough Council','Unitary authority','North West');
INSERT INTO "localarea" VALUES(9,'E06000009','Blackpool','Blackpool Borough Council','Unitary authority','North West');
INSERT INTO "localarea" VALUES(10,'E08000001','Bolton','Bolton Metropolitan Borough Council','Metropolitan district','North West');
INSERT INTO "localarea" VALUES(11,'E06000058','Bournemouth, Christchurch and Poole','Bournemouth, Christchurch and Poole Council','Unitary authority','South West');
INSERT INTO "localarea" VALUES(12,'E06000036','Bracknell Forest','Bracknell Forest Council','Unitary authority','South East');
INSERT INTO "localarea" VALUES(13,'E08000032','Bradford','City of Bradford Metropolitan District Council','Metropolitan district','Yorkshire and The Humber');
INSERT INTO "localarea" VALUES(14,'E09000005','Brent','London Borough of Brent','London borough','London');
INSERT INTO "localarea" VALUES(15,'E06000043','Brighton and Hove','Brighton and Hove City Council','Unitary authority','South East');
INSERT INTO "localarea" VALUES(16,'E09000006','Bromley','London Borough of Bromley','London borough','London');
INSERT INTO "localarea" VALUES(17,'E06000060','Buckinghamshire','Buckinghamshire Council','Unitary authority','South East');
INSERT INTO "localarea" VALUES(18,'E08000002','Bury','Bury Metropolitan Borough Council','Metropolitan district','North West');
INSERT INTO "localarea" VALUES(19,'E08000033','Calderdale','Calderdale Metropolitan Borough Council','Metropolitan district','Yorkshire and The Humber');
INSERT INTO "localarea" VALUES(20,'E10000003','Cambridgeshire','Cambridgeshire County Council','County','East of England');
INSERT INTO "localarea" VALUES(21,'E09000007','Camden','London Borough of Camden','London borough','London');
INSERT INTO "localarea" VALUES(22,'E06000056','Central Bedfordshire','Central Bedfordshire Council','Unitary authority','East of England');
INSERT INTO "localarea" VALUES(23,'E06000049','Cheshire East','Cheshire East Council','Unitary authority','North West');
INSERT INTO "localarea" VALUES(24,'E06000050','Cheshire West and Chester','Cheshire West and Chester Council','Unitary authority','North West');
INSERT INTO "localarea" VALUES(25,'E06000023','City of Bristol','Bristol City Council','Unitary authority','South West');
INSERT INTO "localarea" VALUES(26,'E09000001','City of London','City of London Corporation','City corporation','London');
INSERT INTO "localarea" VALUES(27,'E06000052','Cornwall','Cornwall Council','Unitary authority','South West');
INSERT INTO "localarea" VALUES(28,'E06000047','County Durham','Durham County Council','Unitary authority','North East');
INSERT INTO "localarea" VALUES(29,'E08000026','Coventry','Coventry City Council','Metropolitan district','West Midlands');
INSERT INTO "localarea" VALUES(30,'E09000008','Croydon','London Borough of Croydon','London borough','London');
INSERT INTO "localarea" VALUES(31,'E06000063','Cumberland','Cumberland Council','Unitary authority','North West');
INSERT INTO "localarea" VALUES(32,'E06000005','Darlington','Darlington Borough Council','Unitary authority','North East');
INSERT INTO "localarea" VALUES(33,'E06000015','Derby','Derby City Council','Unitary authority','East Midlands');
INSERT INTO "localarea" VALUES(34,'E10000007','Derbyshire','Derbyshire County Council','County','West Midlands');
INSERT INTO "localarea" VALUES(35,'E10000008','Devon','Devon County Council','County','South West');
INSERT INTO "localarea" VALUES(36,'E08000017','Doncaster','City of Doncaster Council','Metropolitan district','Yorkshire and The Humber');
INSERT INTO "localarea" VALUES(37,'E06000059','Dorset Council','Dorset Council','Unitary authority','South West');
INSERT INTO "localarea" VALUES(38,'E08000027','Dudley','Dudley Metropolitan Borough Council','Metropolitan district','West Midlands');
INSERT INTO "localarea" VALUES(39,'E09000009','Ealing','London Borough of Ealing','London borough','London');
INSERT INTO "localarea" VALUES(40,'E06000011','East Riding of Yorkshire','East Riding of Yorkshire Council','Unitary authority','Yorkshire and The Humber');
INSERT INTO "localarea" VALUES(41,'E10000011','East Sussex','East Sussex County Council','County','South East');
INSERT INTO "localarea" VALUES(42,'E09000010','Enfield','London Borough of Enfield','London borough','London');
INSERT INTO "localarea" VALUES(43,'E10000012','Essex','Essex County Council','County','East of England');
INSERT INTO "localarea" VALUES(44,'E08000037','Gateshead','Gateshead Metropolitan Borough Council','Metropolitan district','North East');
INSERT INTO "localarea" VALUES(45,'E10000013','Gloucestershire','Gloucestershire County Council','County','South West');
INSERT INTO "localarea" VALUES(46,'E09000011','Greenwich','Royal Borough of Greenwich','London borough','London');
INSERT INTO "localarea" VALUES(47,'E09000012','Hackney','London Borough of Hackney','London borough','London');
INSERT INTO "localarea" VALUES(48,'E06000006','Halton','Halton Borough Council','Unitary authority','North West');
INSERT INTO "localarea" VALUES(49,'E09000013','Hammersmith and Fulham','London Borough of Hammersmith & Fulham','London borough','London');
INSERT INTO "localarea" VALUES(50,'E10000014','Hampshire','Hampshire County Council','County','South East');
INSERT INTO "localarea" VALUES(51,'E09000014','Haringey','London Borough of Haringey','London borough','London');
INSERT INTO "localarea" VALUES(52,'E09000015','Harrow','London Borough of Harrow','London borough','London');
INSERT INTO "localarea" VALUES(53,'E06000001','Hartlepool','Hartlepool Borough Council','Unitary authority','North East');
INSERT INTO "localarea" VALUES(54,'E09000016','Havering','London Borough of Havering','London borough','London');
INSERT INTO "localarea" VALUES(55,'E06000019','Herefordshire','Herefordshire Council','Unitary authority','West Midlands');
INSERT INTO "localarea" VALUES(56,'E10000015','Hertfordshire','Hertfordshire County Council','County','East of England');
INSERT INTO "localarea" VALUES(57,'E09000017','Hillingdon','London Borough of Hillingdon','London borough','London');
INSERT INTO "localarea" VALUES(58,'E09000018','Hounslow','London Borough of Hounslow','London borough','London');
INSERT INTO "localarea" VALUES(59,'E06000046','Isle of Wight','Isle of Wight Council','Unitary authority','South East');
INSERT INTO "localarea" VALUES(60,'E06000053','Isles of Scilly','Council of the Isles of Scilly','Unitary authority','South West');
INSERT INTO "localarea" VALUES(61,'E09000019','Islington','London Borough of Islington','London borough','London');
INSERT INTO "localarea" VALUES(62,'E09000020','Kensington and Chelsea','Royal Borough of Kensington and Chelsea','London borough','London');
INSERT INTO "localarea" VALUES(63,'E10000016','Kent','Kent County Council','County','South East');
INSERT INTO "localarea" VALUES(64,'E06000010','Kingston upon Hull','Hull City Council','Unitary authority','Yorkshire and The Humber');
INSERT INTO "localarea" VALUES(65,'E09000021','Kingston upon Thames','Royal Borough of Kingston upon Thames','London borough','London');
INSERT INTO "localarea" VALUES(66,'E08000034','Kirklees','Kirklees Council','Metropolitan district','Yorkshire and The Humber');
INSERT INTO "localarea" VALUES(67,'E08000011','Knowsley','Knowsley Metropolitan Borough Council','Metropolitan district','North West');
INSERT INTO "localarea" VALUES(68,'E09000022','Lambeth','London Borough of Lambeth','London borough','London');
INSERT INTO "localarea" VALUES(69,'E10000017','Lancashire','Lancashire County Council','County','North West');
INSERT INTO "localarea" VALUES(70,'E08000035','Leeds','Leeds City Council','Metropolitan district','Yorkshire and The Humber');
INSERT INTO "localarea" VALUES(71,'E06000016','Leicester','Leicester City Council','Unitary authority','East Midlands');
INSERT INTO "localarea" VALUES(72,'E10000018','Leicestershire','Leicestershire County Council','County','East Midlands');
INSERT INTO "localarea" VALUES(73,'E09000023','Lewisham','London Borough of Lewisham','London borough','London');
INSERT INTO "localarea" VALUES(74,'E10000019','Lincolnshire','Lincolnshire County Council','County','Yorkshire and The Humber');
INSERT INTO "localarea" VALUES(75,'E08000012','Liverpool','Liverpool City Council','Metropolitan district','North West');
INSERT INTO "localarea" VALUES(76,'E06000032','Luton','Luton Borough Council','Unitary authority','East of England');
INSERT INTO "localarea" VALUES(77,'E08000003','Manchester','Manchester City Council','Metropolitan district','North West');
INSERT INTO "localarea" VALUES(78,'E06000035','Medway','Medway Council','Unitary authority','South East');
INSERT INTO "localarea" VALUES(79,'E09000024','Merton','London Borough of Merton','London borough','London');
INSERT INTO "localarea" VALUES(80,'E06000002','Middlesbrough','Middlesbrough Borough Council','Unitary authority','North East');
INSERT INTO "localarea" VALUES(81,'E06000042','Milton Keynes','Milton Keynes Council','Unitary authority','South East');
INSERT INTO "localarea" VALUES(82,'E08000021','Newcastle upon Tyne','Newcastle City Council','Metropolitan district','North East');
INSERT INTO "localarea" VALUES(83,'E09000025','Newham','London Borough of Newham','London borough','London');
INSERT INTO "localarea" VALUES(84,'E10000020','Norfolk','Norfolk County Council','County','East of England');
INSERT INTO "localarea" VALUES(85,'E06000012','North East Lincolnshire','North East Lincolnshire Council','Unitary authority','Yorkshire and The Humber');
INSERT INTO "localarea" VALUES(86,'E06000013','North Lincolnshire','North Lincolnshire Council','Unitary authority','Yorkshire and The Humber');
INSERT INTO "localarea" VALUES(87,'E06000061','North Northamptonshire','North Northamptonshire Council','Unitary authority','East Midlands');
INSERT INTO "localarea" VALUES(88,'E06000024','North Somerset','North Somerset  Council','Unitary authority','South West');
INSERT INTO "localarea" VALUES(89,'E08000022','North Tyneside','North Tyneside Council','Metropolitan district','North East');
INSERT INTO "localarea" VALUES(90,'E06000065','North Yorkshire','North Yorkshire Council','Unitary authority','Yorkshire and The Humber');
INSERT INTO "localarea" VALUES(91,'E06000057','Northumberland','Northumberland County Council','Unitary authority','North East');
INSERT INTO "localarea" VALUES(92,'E06000018','Nottingham','Nottingham City Council','Unitary authority','East Midlands');
INSERT INTO "localarea" VALUES(93,'E10000024','Nottinghamshire','Nottinghamshire County Council','County','East Midlands');
INSERT INTO "localarea" VALUES(94,'E08000004','Oldham','Oldham Metropolitan Borough Council','Metropolitan district','North West');
INSERT INTO "localarea" VALUES(95,'E10000025','Oxfordshire','Oxfordshire County Council','County','South East');
INSERT INTO "localarea" VALUES(96,'E06000031','Peterborough','Peterborough City Council','Unitary authority','East of England');
INSERT INTO "localarea" VALUES(97,'E06000026','Plymouth','Plymouth City Council','Unitary authority','South West');
INSERT INTO "localarea" VALUES(98,'E06000044','Portsmouth','Portsmouth City Council','Unitary authority','South East');
INSERT INTO "localarea" VALUES(99,'E06000038','Reading','Reading Borough Council','Unitary authority','South East');
INSERT INTO "localarea" VALUES(100,'E09000026','Redbridge','London Borough of Redbridge','London borough','London');
INSERT INTO "localarea" VALUES(101,'E06000003','Redcar and Cleveland','Redcar and Cleveland Borough Council','Unitary authority','North East');
INSERT INTO "localarea" VALUES(102,'E09000027','Richmond upon Thames','London Borough of Richmond upon Thames','London borough','London');
INSERT INTO "localarea" VALUES(103,'E08000005','Rochdale','Rochdale Metropolitan Borough Council','Metropolitan district','North West');
INSERT INTO "localarea" VALUES(104,'E08000018','Rotherham','Rotherham Metropolitan Borough Council','Metropolitan district','Yorkshire and The Humber');
INSERT INTO "localarea" VALUES(105,'E06000017','Rutland','Rutland County Council','Unitary authority','East Midlands');
INSERT INTO "localarea" VALUES(106,'E08000006','Salford','Salford City Council','Metropolitan district','North West');
INSERT INTO "localarea" VALUES(107,'E08000028','Sandwell','Sandwell Metropolitan Borough Council','Metropolitan district','West Midlands');
INSERT INTO "localarea" VALUES(108,'E08000014','Sefton','Sefton Metropolitan Borough Council','Metropolitan district','North West');
INSERT INTO "localarea" VALUES(109,'E08000019','Sheffield','Sheffield City Council','Metropolitan district','Yorkshire and The Humber');
INSERT INTO "localarea" VALUES(110,'E06000051','Shropshire','Shropshire Council','Unitary authority','West Midlands');
INSERT INTO "localarea" VALUES(111,'E06000039','Slough','Slough Borough Council','Unitary authority','South East');
INSERT INTO "localarea" VALUES(112,'E08000029','Solihull','Solihull Metropolitan Borough Council','Metropolitan district','West Midlands');
INSERT INTO "localarea" VALUES(113,'E06000066','Somerset','Somerset Council','Unitary authority','South West');
INSERT INTO "localarea" VALUES(114,'E06000025','South Gloucestershire','South Gloucestershire Council','Unitary authority','South West');
INSERT INTO "localarea" VALUES(115,'E08000023','South Tyneside','South Tyneside Council','Metropolitan district','North East');
INSERT INTO "localarea" VALUES(116,'E06000045','Southampton','Southampton City Council','Unitary authority','South East');
INSERT INTO "localarea" VALUES(117,'E06000033','Southend-on-Sea','Southend-on-Sea Borough Council','Unitary authority','East of England');
INSERT INTO "localarea" VALUES(118,'E09000028','Southwark','London Borough of Southwark','London borough','London');
INSERT INTO "localarea" VALUES(119,'E08000013','St. Helens','St Helens Council','Metropolitan district','North West');
INSERT INTO "localarea" VALUES(120,'E10000028','Staffordshire','Staffordshire County Council','County','West Midlands');
INSERT INTO "localarea" VALUES(121,'E08000007','Stockport','Stockport Metropolitan Borough Council','Metropolitan district','North West');
INSERT INTO "localarea" VALUES(122,'E06000004','Stockton-on-Tees','Stockton-on-Tees Borough Council','Unitary authority','North East');
INSERT INTO "localarea" VALUES(123,'E06000021','Stoke-on-Trent','Stoke-on-Trent City Council','Unitary authority','West Midlands');
INSERT INTO "localarea" VALUES(124,'E10000029','Suffolk','Suffolk County Council','County','East of England');
INSERT INTO "localarea" VALUES(125,'E08000024','Sunderland','Sunderland City Council','Metropolitan district','North East');
INSERT INTO "localarea" VALUES(126,'E10000030','Surrey','Surrey County Council','County','South East');
INSERT INTO "localarea" VALUES(127,'E09000029','Sutton','London Borough of Sutton','London borough','London');
INSERT INTO "localarea" VALUES(128,'E06000030','Swindon','Swindon Borough Council','Unitary authority','South West');
INSERT INTO "localarea" VALUES(129,'E08000008','Tameside','Tameside Metropolitan Borough Council','Metropolitan district','North West');
INSERT INTO "localarea" VALUES(130,'E06000020','Telford and Wrekin','Telford & Wrekin Council','Unitary authority','West Midlands');
INSERT INTO "localarea" VALUES(131,'E06000034','Thurrock','Thurrock Council','Unitary authority','East of England');
INSERT INTO "localarea" VALUES(132,'E06000027','Torbay','Torbay Council','Unitary authority','South West');
INSERT INTO "localarea" VALUES(133,'E09000030','Tower Hamlets','London Borough of Tower Hamlets','London borough','London');
INSERT INTO "localarea" VALUES(134,'E08000009','Trafford','Trafford Metropolitan Borough Council','Metropolitan district','North West');
INSERT INTO "localarea" VALUES(135,'E08000036','Wakefield','Wakefield Metropolitan District Council','Metropolitan district','Yorkshire and The Humber');
INSERT INTO "localarea" VALUES(136,'E08000030','Walsall','Walsall Metropolitan Borough Council','Metropolitan district','West Midlands');
INSERT INTO "localarea" VALUES(137,'E09000031','Waltham Forest','London Borough of Waltham Forest','London borough','London');
INSERT INTO "localarea" VALUES(138,'E09000032','Wandsworth','London Borough of Wandsworth','London borough','London');
INSERT INTO "localarea" VALUES(139,'E06000007','Warrington','Warrington Borough Council','Unitary authority','North West');
INSERT INTO "localarea" VALUES(140,'E10000031','Warwickshire','Warwickshire County Council','County','West Midlands');
INSERT INTO "localarea" VALUES(141,'E06000037','West Berkshire','West Berkshire Council','Unitary authority','South East');
INSERT INTO "localarea" VALUES(142,'E06000062','West Northamptonshire','West Northamptonshire Council','Unitary authority','East Midlands');
INSERT INTO "localarea" VALUES(143,'E10000032','West Sussex','West Sussex County Council','County','South East');
INSERT INTO "localarea" VALUES(144,'E09000033','Westminster','City of Westminster','London borough','London');
INSERT INTO "localarea" VALUES(145,'E06000064','Westmorland and Furness','Westmorland and Furness Council','Unitary authority','North West');
INSERT INTO "localarea" VALUES(146,'E08000010','Wigan','Wigan Metropolitan Borough Council','Metropolitan district','North West');
INSERT INTO "localarea" VALUES(147,'E06000054','Wiltshire','Wiltshire Council','Unitary authority','South West');
INSERT INTO "localarea" VALUES(148,'E06000040','Windsor and Maidenhead','Royal Borough of Windsor and Maidenhead','Unitary authority','South East');
INSERT INTO "localarea" VALUES(149,'E08000015','Wirral','Wirral Borough Council','Metropolitan district','North West');
INSERT INTO "localarea" VALUES(150,'E06000041','Wokingham','Wokingham Borough Council','Unitary authority','South East');
INSERT INTO "localarea" VALUES(151,'E08000031','Wolverhampton','City of Wolverhampton Council','Metropolitan district','West Midlands');
INSERT INTO "localarea" VALUES(152,'E10000034','Worcestershire','Worcestershire County Council','County','West Midlands');
INSERT INTO "localarea" VALUES(153,'E06000014','York','City of York Council','Unitary authority','Yorkshire and The Humber');
CREATE TABLE outboxmessage (
	id INTEGER NOT NULL, 
	"key" VARCHAR NOT NULL, 
	case_id INTEGER, 
	milestone VARCHAR NOT NULL, 
	template VARCHAR NOT NULL, 
	role VARCHAR NOT NULL, 
	recipient_name VARCHAR NOT NULL, 
	recipient_email VARCHAR NOT NULL, 
	subject VARCHAR NOT NULL, 
	body TEXT NOT NULL, 
	html TEXT, 
	ics TEXT, 
	restricted BOOLEAN NOT NULL, 
	status VARCHAR NOT NULL, 
	created_at DATETIME NOT NULL, 
	attempts INTEGER NOT NULL, 
	next_attempt_at DATETIME, 
	claimed_by VARCHAR, 
	claimed_at DATETIME, 
	delivered_at DATETIME, 
	error VARCHAR, 
	PRIMARY KEY (id), 
	UNIQUE ("key"), 
	FOREIGN KEY(case_id) REFERENCES "case" (id)
);
INSERT INTO "outboxmessage" VALUES(1,'case-1/1/notify_local_area/1',1,'notify_local_area','notify_local_area','dcs','dcs person','dcs@camden.example.org','Re-visit: London Borough of Camden, on-site from Monday 30 March 2026','Dear dcs person,

This confirms the call from Ann HMI this morning: Ofsted and the Care Quality Commission
(CQC) will carry out a re-visit to Camden to decide whether the local area has made
sufficient progress in addressing each area of significant weakness in its written statement of action
(WSOA). The re-visit starts on Monday 30 March 2026 and lasts 3 working days,
ending on Wednesday 1 April 2026 (RV notice period: 10 working days).

The re-visit will look at these areas of significant weakness:
- EHC plans
- Joint commissioning

Please upload to the portal, by Thursday 19 March 2026 (end of the day), all relevant evidence of the
impact of your actions on these weaknesses, including the detail of any tribunal and/or ombudsman
outcomes since the initial inspection (RV providing evidence). The CQC will notify the CCG/ICB today,
and the lead HMI will call your local area nominated officer (LANO) today to agree arrangements.

A request to defer must go to the lead HMI now, with its reasons. Ofsted and the CQC decide jointly and
defer only in exceptional circumstances, such as extreme weather or a major incident; the absence of the
DCS or CCG/ICB chief executive is not normally a reason (H§25; RV requests for deferral).

Timetable (all times Europe/London; a calendar file is attached)
- Monday 16 March 2026, 09:00 GMT (day -10): HMI notifies the DCS; information requested from LA and PCF [RV notice period; RV timeframe day -10 (morning)]
- Monday 16 March 2026, 09:00 GMT (day -10): CQC notifies the CCG/ICB chief executive(s) [RV notice period]
- Monday 16 March 2026, 09:00 GMT (day -10): Follow-up with the LANO: timetable and arrangements [RV notice period]
- Monday 16 March 2026, 09:00 GMT (day -10): PCF told of the re-visit and its focus [RV before the re-visit]
- Monday 16 March 2026, 09:00 GMT (day -10): Information requested from the LA and PCF, to upload by day -7 [RV notice period; RV providing evidence]
- Wednesday 18 March 2026, 09:00 GMT (day -8): Reminder: evidence upload due at the end of tomorrow [RV providing evidence (4th working day after notification)]
- Thursday 19 March 2026 (end of the day) (day -7): LA and PCF evidence uploaded, incl. tribunal/ombudsman outcomes [RV providing evidence (4th working day after notification); RV timeframe -7]
- Monday 23 March 2026, 12:00 GMT (day -5): Online survey for parents goes live [RV before the re-visit; timeframe -5]
- Friday 27 March 2026, 12:00 GMT (day -1): Online survey for parents closes [RV timeframe day -1]
- Monday 30 March 2026, 09:00 BST (day 1): On-site starts: senior leaders, PCF and open parents'' meetings [RV timeframe day 1]
- Wednesday 1 April 2026 (end of the day) (day 3): Last on-site day: feedback, sufficient progress per weakness [RV timeframe; RV feedback to leaders]
- Wednesday 29 April 2026 (end of the day) (+18 after day 3): Draft sent after QA (restricted and confidential) [H§66-67; RV QA process: latest day leaving 10 working days for comments before day 28]
- Thursday 14 May 2026 (end of the day) (+28 after day 3): Final version to the LA and CCG/ICB; copies to both Secretaries of State [RV QA process (28 working days)]
- Thursday 21 May 2026 (end of the day) (+33 after day 3): Published [RV publication (33 working days)]

Yours sincerely,

Ofsted area SEND operations
on behalf of Ann HMI, lead HMI, with the CQC
Reference SEND-00001/1
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Re-visit: London Borough of Camden, on-site from Monday 30 March 2026</title>
</head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; max-width: 42em;">
<p>Dear dcs person,</p>
<p>This confirms the call from Ann HMI this morning: Ofsted and the Care Quality Commission<br>
(CQC) will carry out a re-visit to Camden to decide whether the local area has made<br>
sufficient progress in addressing each area of significant weakness in its written statement of action<br>
(WSOA). The re-visit starts on Monday 30 March 2026 and lasts 3 working days,<br>
ending on Wednesday 1 April 2026 (RV notice period: 10 working days).</p>
<p>The re-visit will look at these areas of significant weakness:<br>
- EHC plans<br>
- Joint commissioning</p>
<p>Please upload to the portal, by Thursday 19 March 2026 (end of the day), all relevant evidence of the<br>
impact of your actions on these weaknesses, including the detail of any tribunal and/or ombudsman<br>
outcomes since the initial inspection (RV providing evidence). The CQC will notify the CCG/ICB today,<br>
and the lead HMI will call your local area nominated officer (LANO) today to agree arrangements.</p>
<p>A request to defer must go to the lead HMI now, with its reasons. Ofsted and the CQC decide jointly and<br>
defer only in exceptional circumstances, such as extreme weather or a major incident; the absence of the<br>
DCS or CCG/ICB chief executive is not normally a reason (H§25; RV requests for deferral).</p>
<h2 style="font-size: 1.1em;">Timetable (all times Europe/London; a calendar file is attached)</h2>
<table style="border-collapse: collapse;">
<tr><th align="left">When</th><th align="left">Day</th><th align="left">What</th><th align="left">Rule</th></tr>
<tr><td>Monday 16 March 2026, 09:00 GMT</td><td>day -10</td><td>HMI notifies the DCS; information requested from LA and PCF</td><td>RV notice period; RV timeframe day -10 (morning)</td></tr>
<tr><td>Monday 16 March 2026, 09:00 GMT</td><td>day -10</td><td>CQC notifies the CCG/ICB chief executive(s)</td><td>RV notice period</td></tr>
<tr><td>Monday 16 March 2026, 09:00 GMT</td><td>day -10</td><td>Follow-up with the LANO: timetable and arrangements</td><td>RV notice period</td></tr>
<tr><td>Monday 16 March 2026, 09:00 GMT</td><td>day -10</td><td>PCF told of the re-visit and its focus</td><td>RV before the re-visit</td></tr>
<tr><td>Monday 16 March 2026, 09:00 GMT</td><td>day -10</td><td>Information requested from the LA and PCF, to upload by day -7</td><td>RV notice period; RV providing evidence</td></tr>
<tr><td>Wednesday 18 March 2026, 09:00 GMT</td><td>day -8</td><td>Reminder: evidence upload due at the end of tomorrow</td><td>RV providing evidence (4th working day after notification)</td></tr>
<tr><td>Thursday 19 March 2026 (end of the day)</td><td>day -7</td><td>LA and PCF evidence uploaded, incl. tribunal/ombudsman outcomes</td><td>RV providing evidence (4th working day after notification); RV timeframe -7</td></tr>
<tr><td>Monday 23 March 2026, 12:00 GMT</td><td>day -5</td><td>Online survey for parents goes live</td><td>RV before the re-visit; timeframe -5</td></tr>
<tr><td>Friday 27 March 2026, 12:00 GMT</td><td>day -1</td><td>Online survey for parents closes</td><td>RV timeframe day -1</td></tr>
<tr><td>Monday 30 March 2026, 09:00 BST</td><td>day 1</td><td>On-site starts: senior leaders, PCF and open parents&#39; meetings</td><td>RV timeframe day 1</td></tr>
<tr><td>Wednesday 1 April 2026 (end of the day)</td><td>day 3</td><td>Last on-site day: feedback, sufficient progress per weakness</td><td>RV timeframe; RV feedback to leaders</td></tr>
<tr><td>Wednesday 29 April 2026 (end of the day)</td><td>+18 after day 3</td><td>Draft sent after QA (restricted and confidential)</td><td>H§66-67; RV QA process: latest day leaving 10 working days for comments before day 28</td></tr>
<tr><td>Thursday 14 May 2026 (end of the day)</td><td>+28 after day 3</td><td>Final version to the LA and CCG/ICB; copies to both Secretaries of State</td><td>RV QA process (28 working days)</td></tr>
<tr><td>Thursday 21 May 2026 (end of the day)</td><td>+33 after day 3</td><td>Published</td><td>RV publication (33 working days)</td></tr>
</table>
<p>Yours sincerely,<br>Ofsted area SEND operations<br>on behalf of Ann HMI, lead HMI, with the CQC<br>Reference SEND-00001/1</p>
</body>
</html>
','BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ofsted area SEND operations//sendops//EN
METHOD:PUBLISH
X-WR-CALNAME:Camden: SEND-00001/1
BEGIN:VEVENT
SUMMARY:Camden: HMI notifies the DCS\; information requested from LA and P
 CF
DTSTART:20260316T090000Z
DTEND:20260316T093000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-notify_local_area@sendops.invalid
DESCRIPTION:day -10. Rule: RV notice period\; RV timeframe day -10 (mornin
 g). Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: CQC notifies the CCG/ICB chief executive(s)
DTSTART:20260316T090000Z
DTEND:20260316T093000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-notify_ccg_icb@sendops.invalid
DESCRIPTION:day -10. Rule: RV notice period. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Follow-up with the LANO: timetable and arrangements
DTSTART:20260316T090000Z
DTEND:20260316T093000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-lano_followup@sendops.invalid
DESCRIPTION:day -10. Rule: RV notice period. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: PCF told of the re-visit and its focus
DTSTART:20260316T090000Z
DTEND:20260316T093000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-notify_pcf@sendops.invalid
DESCRIPTION:day -10. Rule: RV before the re-visit. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Information requested from the LA and PCF\, to upload by d
 ay -7
DTSTART:20260316T090000Z
DTEND:20260316T093000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-evidence_request@sendops.invalid
DESCRIPTION:day -10. Rule: RV notice period\; RV providing evidence. Refer
 ence SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Reminder: evidence upload due at the end of tomorrow
DTSTART:20260318T090000Z
DTEND:20260318T093000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-evidence_reminder@sendops.invalid
DESCRIPTION:day -8. Rule: RV providing evidence (4th working day after not
 ification). Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: LA and PCF evidence uploaded\, incl. tribunal/ombudsman ou
 tcomes
DTSTART;VALUE=DATE:20260319
DTEND;VALUE=DATE:20260320
DTSTAMP:20260316T090000Z
UID:send-00001-1-evidence_upload_due@sendops.invalid
DESCRIPTION:day -7. Rule: RV providing evidence (4th working day after not
 ification)\; RV timeframe -7. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Online survey for parents goes live
DTSTART:20260323T120000Z
DTEND:20260323T123000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-survey_opens@sendops.invalid
DESCRIPTION:day -5. Rule: RV before the re-visit\; timeframe -5. Reference
  SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Online survey for parents closes
DTSTART:20260327T120000Z
DTEND:20260327T123000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-survey_closes@sendops.invalid
DESCRIPTION:day -1. Rule: RV timeframe day -1. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: On-site starts: senior leaders\, PCF and open parents'' mee
 tings
DTSTART:20260330T080000Z
DTEND:20260330T083000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-onsite_starts@sendops.invalid
DESCRIPTION:day 1. Rule: RV timeframe day 1. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Last on-site day: feedback\, sufficient progress per weakn
 ess
DTSTART;VALUE=DATE:20260401
DTEND;VALUE=DATE:20260402
DTSTAMP:20260316T090000Z
UID:send-00001-1-onsite_ends@sendops.invalid
DESCRIPTION:day 3. Rule: RV timeframe\; RV feedback to leaders. Reference 
 SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Draft sent after QA (restricted and confidential)
DTSTART;VALUE=DATE:20260429
DTEND;VALUE=DATE:20260430
DTSTAMP:20260316T090000Z
UID:send-00001-1-draft_sent@sendops.invalid
DESCRIPTION:+18 after day 3. Rule: H§66-67\; RV QA process: latest day le
 aving 10 working days for comments before day 28. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Final version to the LA and CCG/ICB\; copies to both Secre
 taries of State
DTSTART;VALUE=DATE:20260514
DTEND;VALUE=DATE:20260515
DTSTAMP:20260316T090000Z
UID:send-00001-1-final_letter_due@sendops.invalid
DESCRIPTION:+28 after day 3. Rule: RV QA process (28 working days). Refere
 nce SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Published
DTSTART;VALUE=DATE:20260521
DTEND;VALUE=DATE:20260522
DTSTAMP:20260316T090000Z
UID:send-00001-1-publication_due@sendops.invalid
DESCRIPTION:+33 after day 3. Rule: RV publication (33 working days). Refer
 ence SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
',0,'pending','2026-03-16 09:00:00.000000',0,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "outboxmessage" VALUES(2,'case-1/1/notify_ccg_icb/3',1,'notify_ccg_icb','notify_ccg_icb','ccg_icb','ccg_icb person','ccg_icb@camden.example.org','CQC notification: re-visit of Camden from Monday 30 March 2026','Dear ccg_icb person,

The Care Quality Commission and Ofsted have today notified the director of children''s services that
they will re-visit Camden to decide whether the local area has made sufficient progress on the
significant weaknesses in its written statement of action (RV notice period).

On-site activity runs from Monday 30 March 2026 to Wednesday 1 April 2026. Please tell the
CQC inspector who will act as the health contact for the local area''s arrangements, and make sure the
information the health services hold about children and young people with SEND is ready to share.

Timetable (all times Europe/London; a calendar file is attached)
- Monday 16 March 2026, 09:00 GMT (day -10): HMI notifies the DCS; information requested from LA and PCF [RV notice period; RV timeframe day -10 (morning)]
- Monday 16 March 2026, 09:00 GMT (day -10): CQC notifies the CCG/ICB chief executive(s) [RV notice period]
- Monday 16 March 2026, 09:00 GMT (day -10): Follow-up with the LANO: timetable and arrangements [RV notice period]
- Monday 16 March 2026, 09:00 GMT (day -10): PCF told of the re-visit and its focus [RV before the re-visit]
- Monday 16 March 2026, 09:00 GMT (day -10): Information requested from the LA and PCF, to upload by day -7 [RV notice period; RV providing evidence]
- Wednesday 18 March 2026, 09:00 GMT (day -8): Reminder: evidence upload due at the end of tomorrow [RV providing evidence (4th working day after notification)]
- Thursday 19 March 2026 (end of the day) (day -7): LA and PCF evidence uploaded, incl. tribunal/ombudsman outcomes [RV providing evidence (4th working day after notification); RV timeframe -7]
- Monday 23 March 2026, 12:00 GMT (day -5): Online survey for parents goes live [RV before the re-visit; timeframe -5]
- Friday 27 March 2026, 12:00 GMT (day -1): Online survey for parents closes [RV timeframe day -1]
- Monday 30 March 2026, 09:00 BST (day 1): On-site starts: senior leaders, PCF and open parents'' meetings [RV timeframe day 1]
- Wednesday 1 April 2026 (end of the day) (day 3): Last on-site day: feedback, sufficient progress per weakness [RV timeframe; RV feedback to leaders]
- Wednesday 29 April 2026 (end of the day) (+18 after day 3): Draft sent after QA (restricted and confidential) [H§66-67; RV QA process: latest day leaving 10 working days for comments before day 28]
- Thursday 14 May 2026 (end of the day) (+28 after day 3): Final version to the LA and CCG/ICB; copies to both Secretaries of State [RV QA process (28 working days)]
- Thursday 21 May 2026 (end of the day) (+33 after day 3): Published [RV publication (33 working days)]

Yours sincerely,

Ofsted area SEND operations
on behalf of Ann HMI, lead HMI, with the CQC
Reference SEND-00001/1
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>CQC notification: re-visit of Camden from Monday 30 March 2026</title>
</head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; max-width: 42em;">
<p>Dear ccg_icb person,</p>
<p>The Care Quality Commission and Ofsted have today notified the director of children&#39;s services that<br>
they will re-visit Camden to decide whether the local area has made sufficient progress on the<br>
significant weaknesses in its written statement of action (RV notice period).</p>
<p>On-site activity runs from Monday 30 March 2026 to Wednesday 1 April 2026. Please tell the<br>
CQC inspector who will act as the health contact for the local area&#39;s arrangements, and make sure the<br>
information the health services hold about children and young people with SEND is ready to share.</p>
<h2 style="font-size: 1.1em;">Timetable (all times Europe/London; a calendar file is attached)</h2>
<table style="border-collapse: collapse;">
<tr><th align="left">When</th><th align="left">Day</th><th align="left">What</th><th align="left">Rule</th></tr>
<tr><td>Monday 16 March 2026, 09:00 GMT</td><td>day -10</td><td>HMI notifies the DCS; information requested from LA and PCF</td><td>RV notice period; RV timeframe day -10 (morning)</td></tr>
<tr><td>Monday 16 March 2026, 09:00 GMT</td><td>day -10</td><td>CQC notifies the CCG/ICB chief executive(s)</td><td>RV notice period</td></tr>
<tr><td>Monday 16 March 2026, 09:00 GMT</td><td>day -10</td><td>Follow-up with the LANO: timetable and arrangements</td><td>RV notice period</td></tr>
<tr><td>Monday 16 March 2026, 09:00 GMT</td><td>day -10</td><td>PCF told of the re-visit and its focus</td><td>RV before the re-visit</td></tr>
<tr><td>Monday 16 March 2026, 09:00 GMT</td><td>day -10</td><td>Information requested from the LA and PCF, to upload by day -7</td><td>RV notice period; RV providing evidence</td></tr>
<tr><td>Wednesday 18 March 2026, 09:00 GMT</td><td>day -8</td><td>Reminder: evidence upload due at the end of tomorrow</td><td>RV providing evidence (4th working day after notification)</td></tr>
<tr><td>Thursday 19 March 2026 (end of the day)</td><td>day -7</td><td>LA and PCF evidence uploaded, incl. tribunal/ombudsman outcomes</td><td>RV providing evidence (4th working day after notification); RV timeframe -7</td></tr>
<tr><td>Monday 23 March 2026, 12:00 GMT</td><td>day -5</td><td>Online survey for parents goes live</td><td>RV before the re-visit; timeframe -5</td></tr>
<tr><td>Friday 27 March 2026, 12:00 GMT</td><td>day -1</td><td>Online survey for parents closes</td><td>RV timeframe day -1</td></tr>
<tr><td>Monday 30 March 2026, 09:00 BST</td><td>day 1</td><td>On-site starts: senior leaders, PCF and open parents&#39; meetings</td><td>RV timeframe day 1</td></tr>
<tr><td>Wednesday 1 April 2026 (end of the day)</td><td>day 3</td><td>Last on-site day: feedback, sufficient progress per weakness</td><td>RV timeframe; RV feedback to leaders</td></tr>
<tr><td>Wednesday 29 April 2026 (end of the day)</td><td>+18 after day 3</td><td>Draft sent after QA (restricted and confidential)</td><td>H§66-67; RV QA process: latest day leaving 10 working days for comments before day 28</td></tr>
<tr><td>Thursday 14 May 2026 (end of the day)</td><td>+28 after day 3</td><td>Final version to the LA and CCG/ICB; copies to both Secretaries of State</td><td>RV QA process (28 working days)</td></tr>
<tr><td>Thursday 21 May 2026 (end of the day)</td><td>+33 after day 3</td><td>Published</td><td>RV publication (33 working days)</td></tr>
</table>
<p>Yours sincerely,<br>Ofsted area SEND operations<br>on behalf of Ann HMI, lead HMI, with the CQC<br>Reference SEND-00001/1</p>
</body>
</html>
','BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ofsted area SEND operations//sendops//EN
METHOD:PUBLISH
X-WR-CALNAME:Camden: SEND-00001/1
BEGIN:VEVENT
SUMMARY:Camden: HMI notifies the DCS\; information requested from LA and P
 CF
DTSTART:20260316T090000Z
DTEND:20260316T093000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-notify_local_area@sendops.invalid
DESCRIPTION:day -10. Rule: RV notice period\; RV timeframe day -10 (mornin
 g). Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: CQC notifies the CCG/ICB chief executive(s)
DTSTART:20260316T090000Z
DTEND:20260316T093000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-notify_ccg_icb@sendops.invalid
DESCRIPTION:day -10. Rule: RV notice period. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Follow-up with the LANO: timetable and arrangements
DTSTART:20260316T090000Z
DTEND:20260316T093000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-lano_followup@sendops.invalid
DESCRIPTION:day -10. Rule: RV notice period. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: PCF told of the re-visit and its focus
DTSTART:20260316T090000Z
DTEND:20260316T093000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-notify_pcf@sendops.invalid
DESCRIPTION:day -10. Rule: RV before the re-visit. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Information requested from the LA and PCF\, to upload by d
 ay -7
DTSTART:20260316T090000Z
DTEND:20260316T093000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-evidence_request@sendops.invalid
DESCRIPTION:day -10. Rule: RV notice period\; RV providing evidence. Refer
 ence SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Reminder: evidence upload due at the end of tomorrow
DTSTART:20260318T090000Z
DTEND:20260318T093000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-evidence_reminder@sendops.invalid
DESCRIPTION:day -8. Rule: RV providing evidence (4th working day after not
 ification). Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: LA and PCF evidence uploaded\, incl. tribunal/ombudsman ou
 tcomes
DTSTART;VALUE=DATE:20260319
DTEND;VALUE=DATE:20260320
DTSTAMP:20260316T090000Z
UID:send-00001-1-evidence_upload_due@sendops.invalid
DESCRIPTION:day -7. Rule: RV providing evidence (4th working day after not
 ification)\; RV timeframe -7. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Online survey for parents goes live
DTSTART:20260323T120000Z
DTEND:20260323T123000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-survey_opens@sendops.invalid
DESCRIPTION:day -5. Rule: RV before the re-visit\; timeframe -5. Reference
  SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Online survey for parents closes
DTSTART:20260327T120000Z
DTEND:20260327T123000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-survey_closes@sendops.invalid
DESCRIPTION:day -1. Rule: RV timeframe day -1. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: On-site starts: senior leaders\, PCF and open parents'' mee
 tings
DTSTART:20260330T080000Z
DTEND:20260330T083000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-onsite_starts@sendops.invalid
DESCRIPTION:day 1. Rule: RV timeframe day 1. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Last on-site day: feedback\, sufficient progress per weakn
 ess
DTSTART;VALUE=DATE:20260401
DTEND;VALUE=DATE:20260402
DTSTAMP:20260316T090000Z
UID:send-00001-1-onsite_ends@sendops.invalid
DESCRIPTION:day 3. Rule: RV timeframe\; RV feedback to leaders. Reference 
 SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Draft sent after QA (restricted and confidential)
DTSTART;VALUE=DATE:20260429
DTEND;VALUE=DATE:20260430
DTSTAMP:20260316T090000Z
UID:send-00001-1-draft_sent@sendops.invalid
DESCRIPTION:+18 after day 3. Rule: H§66-67\; RV QA process: latest day le
 aving 10 working days for comments before day 28. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Final version to the LA and CCG/ICB\; copies to both Secre
 taries of State
DTSTART;VALUE=DATE:20260514
DTEND;VALUE=DATE:20260515
DTSTAMP:20260316T090000Z
UID:send-00001-1-final_letter_due@sendops.invalid
DESCRIPTION:+28 after day 3. Rule: RV QA process (28 working days). Refere
 nce SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Published
DTSTART;VALUE=DATE:20260521
DTEND;VALUE=DATE:20260522
DTSTAMP:20260316T090000Z
UID:send-00001-1-publication_due@sendops.invalid
DESCRIPTION:+33 after day 3. Rule: RV publication (33 working days). Refer
 ence SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
',0,'pending','2026-03-16 09:00:00.000000',0,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "outboxmessage" VALUES(3,'case-1/1/notify_ccg_icb/8',1,'notify_ccg_icb','notify_ccg_icb','ccg_icb','Second ICB chief','ceo2@camden.example.org','CQC notification: re-visit of Camden from Monday 30 March 2026','Dear Second ICB chief,

The Care Quality Commission and Ofsted have today notified the director of children''s services that
they will re-visit Camden to decide whether the local area has made sufficient progress on the
significant weaknesses in its written statement of action (RV notice period).

On-site activity runs from Monday 30 March 2026 to Wednesday 1 April 2026. Please tell the
CQC inspector who will act as the health contact for the local area''s arrangements, and make sure the
information the health services hold about children and young people with SEND is ready to share.

Timetable (all times Europe/London; a calendar file is attached)
- Monday 16 March 2026, 09:00 GMT (day -10): HMI notifies the DCS; information requested from LA and PCF [RV notice period; RV timeframe day -10 (morning)]
- Monday 16 March 2026, 09:00 GMT (day -10): CQC notifies the CCG/ICB chief executive(s) [RV notice period]
- Monday 16 March 2026, 09:00 GMT (day -10): Follow-up with the LANO: timetable and arrangements [RV notice period]
- Monday 16 March 2026, 09:00 GMT (day -10): PCF told of the re-visit and its focus [RV before the re-visit]
- Monday 16 March 2026, 09:00 GMT (day -10): Information requested from the LA and PCF, to upload by day -7 [RV notice period; RV providing evidence]
- Wednesday 18 March 2026, 09:00 GMT (day -8): Reminder: evidence upload due at the end of tomorrow [RV providing evidence (4th working day after notification)]
- Thursday 19 March 2026 (end of the day) (day -7): LA and PCF evidence uploaded, incl. tribunal/ombudsman outcomes [RV providing evidence (4th working day after notification); RV timeframe -7]
- Monday 23 March 2026, 12:00 GMT (day -5): Online survey for parents goes live [RV before the re-visit; timeframe -5]
- Friday 27 March 2026, 12:00 GMT (day -1): Online survey for parents closes [RV timeframe day -1]
- Monday 30 March 2026, 09:00 BST (day 1): On-site starts: senior leaders, PCF and open parents'' meetings [RV timeframe day 1]
- Wednesday 1 April 2026 (end of the day) (day 3): Last on-site day: feedback, sufficient progress per weakness [RV timeframe; RV feedback to leaders]
- Wednesday 29 April 2026 (end of the day) (+18 after day 3): Draft sent after QA (restricted and confidential) [H§66-67; RV QA process: latest day leaving 10 working days for comments before day 28]
- Thursday 14 May 2026 (end of the day) (+28 after day 3): Final version to the LA and CCG/ICB; copies to both Secretaries of State [RV QA process (28 working days)]
- Thursday 21 May 2026 (end of the day) (+33 after day 3): Published [RV publication (33 working days)]

Yours sincerely,

Ofsted area SEND operations
on behalf of Ann HMI, lead HMI, with the CQC
Reference SEND-00001/1
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>CQC notification: re-visit of Camden from Monday 30 March 2026</title>
</head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; max-width: 42em;">
<p>Dear Second ICB chief,</p>
<p>The Care Quality Commission and Ofsted have today notified the director of children&#39;s services that<br>
they will re-visit Camden to decide whether the local area has made sufficient progress on the<br>
significant weaknesses in its written statement of action (RV notice period).</p>
<p>On-site activity runs from Monday 30 March 2026 to Wednesday 1 April 2026. Please tell the<br>
CQC inspector who will act as the health contact for the local area&#39;s arrangements, and make sure the<br>
information the health services hold about children and young people with SEND is ready to share.</p>
<h2 style="font-size: 1.1em;">Timetable (all times Europe/London; a calendar file is attached)</h2>
<table style="border-collapse: collapse;">
<tr><th align="left">When</th><th align="left">Day</th><th align="left">What</th><th align="left">Rule</th></tr>
<tr><td>Monday 16 March 2026, 09:00 GMT</td><td>day -10</td><td>HMI notifies the DCS; information requested from LA and PCF</td><td>RV notice period; RV timeframe day -10 (morning)</td></tr>
<tr><td>Monday 16 March 2026, 09:00 GMT</td><td>day -10</td><td>CQC notifies the CCG/ICB chief executive(s)</td><td>RV notice period</td></tr>
<tr><td>Monday 16 March 2026, 09:00 GMT</td><td>day -10</td><td>Follow-up with the LANO: timetable and arrangements</td><td>RV notice period</td></tr>
<tr><td>Monday 16 March 2026, 09:00 GMT</td><td>day -10</td><td>PCF told of the re-visit and its focus</td><td>RV before the re-visit</td></tr>
<tr><td>Monday 16 March 2026, 09:00 GMT</td><td>day -10</td><td>Information requested from the LA and PCF, to upload by day -7</td><td>RV notice period; RV providing evidence</td></tr>
<tr><td>Wednesday 18 March 2026, 09:00 GMT</td><td>day -8</td><td>Reminder: evidence upload due at the end of tomorrow</td><td>RV providing evidence (4th working day after notification)</td></tr>
<tr><td>Thursday 19 March 2026 (end of the day)</td><td>day -7</td><td>LA and PCF evidence uploaded, incl. tribunal/ombudsman outcomes</td><td>RV providing evidence (4th working day after notification); RV timeframe -7</td></tr>
<tr><td>Monday 23 March 2026, 12:00 GMT</td><td>day -5</td><td>Online survey for parents goes live</td><td>RV before the re-visit; timeframe -5</td></tr>
<tr><td>Friday 27 March 2026, 12:00 GMT</td><td>day -1</td><td>Online survey for parents closes</td><td>RV timeframe day -1</td></tr>
<tr><td>Monday 30 March 2026, 09:00 BST</td><td>day 1</td><td>On-site starts: senior leaders, PCF and open parents&#39; meetings</td><td>RV timeframe day 1</td></tr>
<tr><td>Wednesday 1 April 2026 (end of the day)</td><td>day 3</td><td>Last on-site day: feedback, sufficient progress per weakness</td><td>RV timeframe; RV feedback to leaders</td></tr>
<tr><td>Wednesday 29 April 2026 (end of the day)</td><td>+18 after day 3</td><td>Draft sent after QA (restricted and confidential)</td><td>H§66-67; RV QA process: latest day leaving 10 working days for comments before day 28</td></tr>
<tr><td>Thursday 14 May 2026 (end of the day)</td><td>+28 after day 3</td><td>Final version to the LA and CCG/ICB; copies to both Secretaries of State</td><td>RV QA process (28 working days)</td></tr>
<tr><td>Thursday 21 May 2026 (end of the day)</td><td>+33 after day 3</td><td>Published</td><td>RV publication (33 working days)</td></tr>
</table>
<p>Yours sincerely,<br>Ofsted area SEND operations<br>on behalf of Ann HMI, lead HMI, with the CQC<br>Reference SEND-00001/1</p>
</body>
</html>
','BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ofsted area SEND operations//sendops//EN
METHOD:PUBLISH
X-WR-CALNAME:Camden: SEND-00001/1
BEGIN:VEVENT
SUMMARY:Camden: HMI notifies the DCS\; information requested from LA and P
 CF
DTSTART:20260316T090000Z
DTEND:20260316T093000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-notify_local_area@sendops.invalid
DESCRIPTION:day -10. Rule: RV notice period\; RV timeframe day -10 (mornin
 g). Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: CQC notifies the CCG/ICB chief executive(s)
DTSTART:20260316T090000Z
DTEND:20260316T093000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-notify_ccg_icb@sendops.invalid
DESCRIPTION:day -10. Rule: RV notice period. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Follow-up with the LANO: timetable and arrangements
DTSTART:20260316T090000Z
DTEND:20260316T093000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-lano_followup@sendops.invalid
DESCRIPTION:day -10. Rule: RV notice period. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: PCF told of the re-visit and its focus
DTSTART:20260316T090000Z
DTEND:20260316T093000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-notify_pcf@sendops.invalid
DESCRIPTION:day -10. Rule: RV before the re-visit. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Information requested from the LA and PCF\, to upload by d
 ay -7
DTSTART:20260316T090000Z
DTEND:20260316T093000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-evidence_request@sendops.invalid
DESCRIPTION:day -10. Rule: RV notice period\; RV providing evidence. Refer
 ence SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Reminder: evidence upload due at the end of tomorrow
DTSTART:20260318T090000Z
DTEND:20260318T093000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-evidence_reminder@sendops.invalid
DESCRIPTION:day -8. Rule: RV providing evidence (4th working day after not
 ification). Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: LA and PCF evidence uploaded\, incl. tribunal/ombudsman ou
 tcomes
DTSTART;VALUE=DATE:20260319
DTEND;VALUE=DATE:20260320
DTSTAMP:20260316T090000Z
UID:send-00001-1-evidence_upload_due@sendops.invalid
DESCRIPTION:day -7. Rule: RV providing evidence (4th working day after not
 ification)\; RV timeframe -7. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Online survey for parents goes live
DTSTART:20260323T120000Z
DTEND:20260323T123000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-survey_opens@sendops.invalid
DESCRIPTION:day -5. Rule: RV before the re-visit\; timeframe -5. Reference
  SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Online survey for parents closes
DTSTART:20260327T120000Z
DTEND:20260327T123000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-survey_closes@sendops.invalid
DESCRIPTION:day -1. Rule: RV timeframe day -1. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: On-site starts: senior leaders\, PCF and open parents'' mee
 tings
DTSTART:20260330T080000Z
DTEND:20260330T083000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-onsite_starts@sendops.invalid
DESCRIPTION:day 1. Rule: RV timeframe day 1. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Last on-site day: feedback\, sufficient progress per weakn
 ess
DTSTART;VALUE=DATE:20260401
DTEND;VALUE=DATE:20260402
DTSTAMP:20260316T090000Z
UID:send-00001-1-onsite_ends@sendops.invalid
DESCRIPTION:day 3. Rule: RV timeframe\; RV feedback to leaders. Reference 
 SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Draft sent after QA (restricted and confidential)
DTSTART;VALUE=DATE:20260429
DTEND;VALUE=DATE:20260430
DTSTAMP:20260316T090000Z
UID:send-00001-1-draft_sent@sendops.invalid
DESCRIPTION:+18 after day 3. Rule: H§66-67\; RV QA process: latest day le
 aving 10 working days for comments before day 28. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Final version to the LA and CCG/ICB\; copies to both Secre
 taries of State
DTSTART;VALUE=DATE:20260514
DTEND;VALUE=DATE:20260515
DTSTAMP:20260316T090000Z
UID:send-00001-1-final_letter_due@sendops.invalid
DESCRIPTION:+28 after day 3. Rule: RV QA process (28 working days). Refere
 nce SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Published
DTSTART;VALUE=DATE:20260521
DTEND;VALUE=DATE:20260522
DTSTAMP:20260316T090000Z
UID:send-00001-1-publication_due@sendops.invalid
DESCRIPTION:+33 after day 3. Rule: RV publication (33 working days). Refer
 ence SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
',0,'pending','2026-03-16 09:00:00.000000',0,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "outboxmessage" VALUES(4,'case-1/1/lano_followup/2',1,'lano_followup','lano_timetable','lano','lano person','lano@camden.example.org','Arrangements for the re-visit of Camden: timetable','Dear lano person,

Following today''s call with Ann HMI, here is the timetable for the
re-visit of Camden. As local area nominated officer you are our single
point of contact through to publication (H§17; H§20; RV notice period).

The re-visit team will review the evidence you upload by Thursday 19 March 2026 (end of the day) and then
arrange a telephone discussion with you about the schedule and practical arrangements. The online
survey for parents opens on Monday 23 March 2026, 12:00 GMT and closes on Friday 27 March 2026, 12:00 GMT.

Timetable (all times Europe/London; a calendar file is attached)
- Monday 16 March 2026, 09:00 GMT (day -10): HMI notifies the DCS; information requested from LA and PCF [RV notice period; RV timeframe day -10 (morning)]
- Monday 16 March 2026, 09:00 GMT (day -10): CQC notifies the CCG/ICB chief executive(s) [RV notice period]
- Monday 16 March 2026, 09:00 GMT (day -10): Follow-up with the LANO: timetable and arrangements [RV notice period]
- Monday 16 March 2026, 09:00 GMT (day -10): PCF told of the re-visit and its focus [RV before the re-visit]
- Monday 16 March 2026, 09:00 GMT (day -10): Information requested from the LA and PCF, to upload by day -7 [RV notice period; RV providing evidence]
- Wednesday 18 March 2026, 09:00 GMT (day -8): Reminder: evidence upload due at the end of tomorrow [RV providing evidence (4th working day after notification)]
- Thursday 19 March 2026 (end of the day) (day -7): LA and PCF evidence uploaded, incl. tribunal/ombudsman outcomes [RV providing evidence (4th working day after notification); RV timeframe -7]
- Monday 23 March 2026, 12:00 GMT (day -5): Online survey for parents goes live [RV before the re-visit; timeframe -5]
- Friday 27 March 2026, 12:00 GMT (day -1): Online survey for parents closes [RV timeframe day -1]
- Monday 30 March 2026, 09:00 BST (day 1): On-site starts: senior leaders, PCF and open parents'' meetings [RV timeframe day 1]
- Wednesday 1 April 2026 (end of the day) (day 3): Last on-site day: feedback, sufficient progress per weakness [RV timeframe; RV feedback to leaders]
- Wednesday 29 April 2026 (end of the day) (+18 after day 3): Draft sent after QA (restricted and confidential) [H§66-67; RV QA process: latest day leaving 10 working days for comments before day 28]
- Thursday 14 May 2026 (end of the day) (+28 after day 3): Final version to the LA and CCG/ICB; copies to both Secretaries of State [RV QA process (28 working days)]
- Thursday 21 May 2026 (end of the day) (+33 after day 3): Published [RV publication (33 working days)]

Yours sincerely,

Ofsted area SEND operations
on behalf of Ann HMI, lead HMI, with the CQC
Reference SEND-00001/1
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Arrangements for the re-visit of Camden: timetable</title>
</head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; max-width: 42em;">
<p>Dear lano person,</p>
<p>Following today&#39;s call with Ann HMI, here is the timetable for the<br>
re-visit of Camden. As local area nominated officer you are our single<br>
point of contact through to publication (H§17; H§20; RV notice period).</p>
<p>The re-visit team will review the evidence you upload by Thursday 19 March 2026 (end of the day) and then<br>
arrange a telephone discussion with you about the schedule and practical arrangements. The online<br>
survey for parents opens on Monday 23 March 2026, 12:00 GMT and closes on Friday 27 March 2026, 12:00 GMT.</p>
<h2 style="font-size: 1.1em;">Timetable (all times Europe/London; a calendar file is attached)</h2>
<table style="border-collapse: collapse;">
<tr><th align="left">When</th><th align="left">Day</th><th align="left">What</th><th align="left">Rule</th></tr>
<tr><td>Monday 16 March 2026, 09:00 GMT</td><td>day -10</td><td>HMI notifies the DCS; information requested from LA and PCF</td><td>RV notice period; RV timeframe day -10 (morning)</td></tr>
<tr><td>Monday 16 March 2026, 09:00 GMT</td><td>day -10</td><td>CQC notifies the CCG/ICB chief executive(s)</td><td>RV notice period</td></tr>
<tr><td>Monday 16 March 2026, 09:00 GMT</td><td>day -10</td><td>Follow-up with the LANO: timetable and arrangements</td><td>RV notice period</td></tr>
<tr><td>Monday 16 March 2026, 09:00 GMT</td><td>day -10</td><td>PCF told of the re-visit and its focus</td><td>RV before the re-visit</td></tr>
<tr><td>Monday 16 March 2026, 09:00 GMT</td><td>day -10</td><td>Information requested from the LA and PCF, to upload by day -7</td><td>RV notice period; RV providing evidence</td></tr>
<tr><td>Wednesday 18 March 2026, 09:00 GMT</td><td>day -8</td><td>Reminder: evidence upload due at the end of tomorrow</td><td>RV providing evidence (4th working day after notification)</td></tr>
<tr><td>Thursday 19 March 2026 (end of the day)</td><td>day -7</td><td>LA and PCF evidence uploaded, incl. tribunal/ombudsman outcomes</td><td>RV providing evidence (4th working day after notification); RV timeframe -7</td></tr>
<tr><td>Monday 23 March 2026, 12:00 GMT</td><td>day -5</td><td>Online survey for parents goes live</td><td>RV before the re-visit; timeframe -5</td></tr>
<tr><td>Friday 27 March 2026, 12:00 GMT</td><td>day -1</td><td>Online survey for parents closes</td><td>RV timeframe day -1</td></tr>
<tr><td>Monday 30 March 2026, 09:00 BST</td><td>day 1</td><td>On-site starts: senior leaders, PCF and open parents&#39; meetings</td><td>RV timeframe day 1</td></tr>
<tr><td>Wednesday 1 April 2026 (end of the day)</td><td>day 3</td><td>Last on-site day: feedback, sufficient progress per weakness</td><td>RV timeframe; RV feedback to leaders</td></tr>
<tr><td>Wednesday 29 April 2026 (end of the day)</td><td>+18 after day 3</td><td>Draft sent after QA (restricted and confidential)</td><td>H§66-67; RV QA process: latest day leaving 10 working days for comments before day 28</td></tr>
<tr><td>Thursday 14 May 2026 (end of the day)</td><td>+28 after day 3</td><td>Final version to the LA and CCG/ICB; copies to both Secretaries of State</td><td>RV QA process (28 working days)</td></tr>
<tr><td>Thursday 21 May 2026 (end of the day)</td><td>+33 after day 3</td><td>Published</td><td>RV publication (33 working days)</td></tr>
</table>
<p>Yours sincerely,<br>Ofsted area SEND operations<br>on behalf of Ann HMI, lead HMI, with the CQC<br>Reference SEND-00001/1</p>
</body>
</html>
','BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ofsted area SEND operations//sendops//EN
METHOD:PUBLISH
X-WR-CALNAME:Camden: SEND-00001/1
BEGIN:VEVENT
SUMMARY:Camden: HMI notifies the DCS\; information requested from LA and P
 CF
DTSTART:20260316T090000Z
DTEND:20260316T093000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-notify_local_area@sendops.invalid
DESCRIPTION:day -10. Rule: RV notice period\; RV timeframe day -10 (mornin
 g). Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: CQC notifies the CCG/ICB chief executive(s)
DTSTART:20260316T090000Z
DTEND:20260316T093000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-notify_ccg_icb@sendops.invalid
DESCRIPTION:day -10. Rule: RV notice period. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Follow-up with the LANO: timetable and arrangements
DTSTART:20260316T090000Z
DTEND:20260316T093000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-lano_followup@sendops.invalid
DESCRIPTION:day -10. Rule: RV notice period. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: PCF told of the re-visit and its focus
DTSTART:20260316T090000Z
DTEND:20260316T093000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-notify_pcf@sendops.invalid
DESCRIPTION:day -10. Rule: RV before the re-visit. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Information requested from the LA and PCF\, to upload by d
 ay -7
DTSTART:20260316T090000Z
DTEND:20260316T093000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-evidence_request@sendops.invalid
DESCRIPTION:day -10. Rule: RV notice period\; RV providing evidence. Refer
 ence SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Reminder: evidence upload due at the end of tomorrow
DTSTART:20260318T090000Z
DTEND:20260318T093000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-evidence_reminder@sendops.invalid
DESCRIPTION:day -8. Rule: RV providing evidence (4th working day after not
 ification). Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: LA and PCF evidence uploaded\, incl. tribunal/ombudsman ou
 tcomes
DTSTART;VALUE=DATE:20260319
DTEND;VALUE=DATE:20260320
DTSTAMP:20260316T090000Z
UID:send-00001-1-evidence_upload_due@sendops.invalid
DESCRIPTION:day -7. Rule: RV providing evidence (4th working day after not
 ification)\; RV timeframe -7. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Online survey for parents goes live
DTSTART:20260323T120000Z
DTEND:20260323T123000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-survey_opens@sendops.invalid
DESCRIPTION:day -5. Rule: RV before the re-visit\; timeframe -5. Reference
  SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Online survey for parents closes
DTSTART:20260327T120000Z
DTEND:20260327T123000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-survey_closes@sendops.invalid
DESCRIPTION:day -1. Rule: RV timeframe day -1. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: On-site starts: senior leaders\, PCF and open parents'' mee
 tings
DTSTART:20260330T080000Z
DTEND:20260330T083000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-onsite_starts@sendops.invalid
DESCRIPTION:day 1. Rule: RV timeframe day 1. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Last on-site day: feedback\, sufficient progress per weakn
 ess
DTSTART;VALUE=DATE:20260401
DTEND;VALUE=DATE:20260402
DTSTAMP:20260316T090000Z
UID:send-00001-1-onsite_ends@sendops.invalid
DESCRIPTION:day 3. Rule: RV timeframe\; RV feedback to leaders. Reference 
 SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Draft sent after QA (restricted and confidential)
DTSTART;VALUE=DATE:20260429
DTEND;VALUE=DATE:20260430
DTSTAMP:20260316T090000Z
UID:send-00001-1-draft_sent@sendops.invalid
DESCRIPTION:+18 after day 3. Rule: H§66-67\; RV QA process: latest day le
 aving 10 working days for comments before day 28. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Final version to the LA and CCG/ICB\; copies to both Secre
 taries of State
DTSTART;VALUE=DATE:20260514
DTEND;VALUE=DATE:20260515
DTSTAMP:20260316T090000Z
UID:send-00001-1-final_letter_due@sendops.invalid
DESCRIPTION:+28 after day 3. Rule: RV QA process (28 working days). Refere
 nce SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Published
DTSTART;VALUE=DATE:20260521
DTEND;VALUE=DATE:20260522
DTSTAMP:20260316T090000Z
UID:send-00001-1-publication_due@sendops.invalid
DESCRIPTION:+33 after day 3. Rule: RV publication (33 working days). Refer
 ence SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
',0,'pending','2026-03-16 09:00:00.000000',0,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "outboxmessage" VALUES(5,'case-1/1/notify_pcf/4',1,'notify_pcf','notify_pcf','pcf','pcf person','pcf@camden.example.org','Re-visit of Camden: information for parents and carers','Dear pcf person,

Ofsted and the Care Quality Commission will re-visit Camden from Monday 30 March 2026
to see whether the local area has made sufficient progress on the weaknesses in its written statement
of action (RV before the re-visit). The re-visit will focus on:
- EHC plans
- Joint commissioning

We will share with you, in advance, the questions for the online survey of parents and carers, so that
they are phrased well. The survey opens on Monday 23 March 2026, 12:00 GMT and closes on
Friday 27 March 2026, 12:00 GMT. You are also invited to upload evidence of the impact you have seen by
Thursday 19 March 2026 (end of the day) (RV providing evidence).

Timetable (all times Europe/London; a calendar file is attached)
- Monday 16 March 2026, 09:00 GMT (day -10): HMI notifies the DCS; information requested from LA and PCF [RV notice period; RV timeframe day -10 (morning)]
- Monday 16 March 2026, 09:00 GMT (day -10): CQC notifies the CCG/ICB chief executive(s) [RV notice period]
- Monday 16 March 2026, 09:00 GMT (day -10): Follow-up with the LANO: timetable and arrangements [RV notice period]
- Monday 16 March 2026, 09:00 GMT (day -10): PCF told of the re-visit and its focus [RV before the re-visit]
- Monday 16 March 2026, 09:00 GMT (day -10): Information requested from the LA and PCF, to upload by day -7 [RV notice period; RV providing evidence]
- Wednesday 18 March 2026, 09:00 GMT (day -8): Reminder: evidence upload due at the end of tomorrow [RV providing evidence (4th working day after notification)]
- Thursday 19 March 2026 (end of the day) (day -7): LA and PCF evidence uploaded, incl. tribunal/ombudsman outcomes [RV providing evidence (4th working day after notification); RV timeframe -7]
- Monday 23 March 2026, 12:00 GMT (day -5): Online survey for parents goes live [RV before the re-visit; timeframe -5]
- Friday 27 March 2026, 12:00 GMT (day -1): Online survey for parents closes [RV timeframe day -1]
- Monday 30 March 2026, 09:00 BST (day 1): On-site starts: senior leaders, PCF and open parents'' meetings [RV timeframe day 1]
- Wednesday 1 April 2026 (end of the day) (day 3): Last on-site day: feedback, sufficient progress per weakness [RV timeframe; RV feedback to leaders]
- Wednesday 29 April 2026 (end of the day) (+18 after day 3): Draft sent after QA (restricted and confidential) [H§66-67; RV QA process: latest day leaving 10 working days for comments before day 28]
- Thursday 14 May 2026 (end of the day) (+28 after day 3): Final version to the LA and CCG/ICB; copies to both Secretaries of State [RV QA process (28 working days)]
- Thursday 21 May 2026 (end of the day) (+33 after day 3): Published [RV publication (33 working days)]

Yours sincerely,

Ofsted area SEND operations
on behalf of Ann HMI, lead HMI, with the CQC
Reference SEND-00001/1
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Re-visit of Camden: information for parents and carers</title>
</head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; max-width: 42em;">
<p>Dear pcf person,</p>
<p>Ofsted and the Care Quality Commission will re-visit Camden from Monday 30 March 2026<br>
to see whether the local area has made sufficient progress on the weaknesses in its written statement<br>
of action (RV before the re-visit). The re-visit will focus on:<br>
- EHC plans<br>
- Joint commissioning</p>
<p>We will share with you, in advance, the questions for the online survey of parents and carers, so that<br>
they are phrased well. The survey opens on Monday 23 March 2026, 12:00 GMT and closes on<br>
Friday 27 March 2026, 12:00 GMT. You are also invited to upload evidence of the impact you have seen by<br>
Thursday 19 March 2026 (end of the day) (RV providing evidence).</p>
<h2 style="font-size: 1.1em;">Timetable (all times Europe/London; a calendar file is attached)</h2>
<table style="border-collapse: collapse;">
<tr><th align="left">When</th><th align="left">Day</th><th align="left">What</th><th align="left">Rule</th></tr>
<tr><td>Monday 16 March 2026, 09:00 GMT</td><td>day -10</td><td>HMI notifies the DCS; information requested from LA and PCF</td><td>RV notice period; RV timeframe day -10 (morning)</td></tr>
<tr><td>Monday 16 March 2026, 09:00 GMT</td><td>day -10</td><td>CQC notifies the CCG/ICB chief executive(s)</td><td>RV notice period</td></tr>
<tr><td>Monday 16 March 2026, 09:00 GMT</td><td>day -10</td><td>Follow-up with the LANO: timetable and arrangements</td><td>RV notice period</td></tr>
<tr><td>Monday 16 March 2026, 09:00 GMT</td><td>day -10</td><td>PCF told of the re-visit and its focus</td><td>RV before the re-visit</td></tr>
<tr><td>Monday 16 March 2026, 09:00 GMT</td><td>day -10</td><td>Information requested from the LA and PCF, to upload by day -7</td><td>RV notice period; RV providing evidence</td></tr>
<tr><td>Wednesday 18 March 2026, 09:00 GMT</td><td>day -8</td><td>Reminder: evidence upload due at the end of tomorrow</td><td>RV providing evidence (4th working day after notification)</td></tr>
<tr><td>Thursday 19 March 2026 (end of the day)</td><td>day -7</td><td>LA and PCF evidence uploaded, incl. tribunal/ombudsman outcomes</td><td>RV providing evidence (4th working day after notification); RV timeframe -7</td></tr>
<tr><td>Monday 23 March 2026, 12:00 GMT</td><td>day -5</td><td>Online survey for parents goes live</td><td>RV before the re-visit; timeframe -5</td></tr>
<tr><td>Friday 27 March 2026, 12:00 GMT</td><td>day -1</td><td>Online survey for parents closes</td><td>RV timeframe day -1</td></tr>
<tr><td>Monday 30 March 2026, 09:00 BST</td><td>day 1</td><td>On-site starts: senior leaders, PCF and open parents&#39; meetings</td><td>RV timeframe day 1</td></tr>
<tr><td>Wednesday 1 April 2026 (end of the day)</td><td>day 3</td><td>Last on-site day: feedback, sufficient progress per weakness</td><td>RV timeframe; RV feedback to leaders</td></tr>
<tr><td>Wednesday 29 April 2026 (end of the day)</td><td>+18 after day 3</td><td>Draft sent after QA (restricted and confidential)</td><td>H§66-67; RV QA process: latest day leaving 10 working days for comments before day 28</td></tr>
<tr><td>Thursday 14 May 2026 (end of the day)</td><td>+28 after day 3</td><td>Final version to the LA and CCG/ICB; copies to both Secretaries of State</td><td>RV QA process (28 working days)</td></tr>
<tr><td>Thursday 21 May 2026 (end of the day)</td><td>+33 after day 3</td><td>Published</td><td>RV publication (33 working days)</td></tr>
</table>
<p>Yours sincerely,<br>Ofsted area SEND operations<br>on behalf of Ann HMI, lead HMI, with the CQC<br>Reference SEND-00001/1</p>
</body>
</html>
','BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ofsted area SEND operations//sendops//EN
METHOD:PUBLISH
X-WR-CALNAME:Camden: SEND-00001/1
BEGIN:VEVENT
SUMMARY:Camden: HMI notifies the DCS\; information requested from LA and P
 CF
DTSTART:20260316T090000Z
DTEND:20260316T093000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-notify_local_area@sendops.invalid
DESCRIPTION:day -10. Rule: RV notice period\; RV timeframe day -10 (mornin
 g). Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: CQC notifies the CCG/ICB chief executive(s)
DTSTART:20260316T090000Z
DTEND:20260316T093000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-notify_ccg_icb@sendops.invalid
DESCRIPTION:day -10. Rule: RV notice period. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Follow-up with the LANO: timetable and arrangements
DTSTART:20260316T090000Z
DTEND:20260316T093000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-lano_followup@sendops.invalid
DESCRIPTION:day -10. Rule: RV notice period. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: PCF told of the re-visit and its focus
DTSTART:20260316T090000Z
DTEND:20260316T093000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-notify_pcf@sendops.invalid
DESCRIPTION:day -10. Rule: RV before the re-visit. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Information requested from the LA and PCF\, to upload by d
 ay -7
DTSTART:20260316T090000Z
DTEND:20260316T093000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-evidence_request@sendops.invalid
DESCRIPTION:day -10. Rule: RV notice period\; RV providing evidence. Refer
 ence SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Reminder: evidence upload due at the end of tomorrow
DTSTART:20260318T090000Z
DTEND:20260318T093000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-evidence_reminder@sendops.invalid
DESCRIPTION:day -8. Rule: RV providing evidence (4th working day after not
 ification). Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: LA and PCF evidence uploaded\, incl. tribunal/ombudsman ou
 tcomes
DTSTART;VALUE=DATE:20260319
DTEND;VALUE=DATE:20260320
DTSTAMP:20260316T090000Z
UID:send-00001-1-evidence_upload_due@sendops.invalid
DESCRIPTION:day -7. Rule: RV providing evidence (4th working day after not
 ification)\; RV timeframe -7. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Online survey for parents goes live
DTSTART:20260323T120000Z
DTEND:20260323T123000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-survey_opens@sendops.invalid
DESCRIPTION:day -5. Rule: RV before the re-visit\; timeframe -5. Reference
  SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Online survey for parents closes
DTSTART:20260327T120000Z
DTEND:20260327T123000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-survey_closes@sendops.invalid
DESCRIPTION:day -1. Rule: RV timeframe day -1. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: On-site starts: senior leaders\, PCF and open parents'' mee
 tings
DTSTART:20260330T080000Z
DTEND:20260330T083000Z
DTSTAMP:20260316T090000Z
UID:send-00001-1-onsite_starts@sendops.invalid
DESCRIPTION:day 1. Rule: RV timeframe day 1. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Last on-site day: feedback\, sufficient progress per weakn
 ess
DTSTART;VALUE=DATE:20260401
DTEND;VALUE=DATE:20260402
DTSTAMP:20260316T090000Z
UID:send-00001-1-onsite_ends@sendops.invalid
DESCRIPTION:day 3. Rule: RV timeframe\; RV feedback to leaders. Reference 
 SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Draft sent after QA (restricted and confidential)
DTSTART;VALUE=DATE:20260429
DTEND;VALUE=DATE:20260430
DTSTAMP:20260316T090000Z
UID:send-00001-1-draft_sent@sendops.invalid
DESCRIPTION:+18 after day 3. Rule: H§66-67\; RV QA process: latest day le
 aving 10 working days for comments before day 28. Reference SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Final version to the LA and CCG/ICB\; copies to both Secre
 taries of State
DTSTART;VALUE=DATE:20260514
DTEND;VALUE=DATE:20260515
DTSTAMP:20260316T090000Z
UID:send-00001-1-final_letter_due@sendops.invalid
DESCRIPTION:+28 after day 3. Rule: RV QA process (28 working days). Refere
 nce SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
SUMMARY:Camden: Published
DTSTART;VALUE=DATE:20260521
DTEND;VALUE=DATE:20260522
DTSTAMP:20260316T090000Z
UID:send-00001-1-publication_due@sendops.invalid
DESCRIPTION:+33 after day 3. Rule: RV publication (33 working days). Refer
 ence SEND-00001/1.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
',0,'pending','2026-03-16 09:00:00.000000',0,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "outboxmessage" VALUES(6,'case-1/1/evidence_request/2',1,'evidence_request','evidence_request','lano','lano person','lano@camden.example.org','Evidence for the re-visit of Camden: upload by Thursday 19 March 2026 (end of the day)','Dear lano person,

By the fourth working day following notification, Thursday 19 March 2026 (end of the day), please upload
to the portal all relevant evidence showing the impact of the local area''s actions on each area of
significant weakness in the written statement of action (RV providing evidence):
- EHC plans
- Joint commissioning

Please include the detail of any tribunal and/or ombudsman outcomes since the initial inspection. We
only need what the local area produces as part of its routine practice, in no particular format. The
parent carer forum is invited to upload its own evidence too.

Yours sincerely,

Ofsted area SEND operations
on behalf of Ann HMI, lead HMI, with the CQC
Reference SEND-00001/1
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Evidence for the re-visit of Camden: upload by Thursday 19 March 2026 (end of the day)</title>
</head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; max-width: 42em;">
<p>Dear lano person,</p>
<p>By the fourth working day following notification, Thursday 19 March 2026 (end of the day), please upload<br>
to the portal all relevant evidence showing the impact of the local area&#39;s actions on each area of<br>
significant weakness in the written statement of action (RV providing evidence):<br>
- EHC plans<br>
- Joint commissioning</p>
<p>Please include the detail of any tribunal and/or ombudsman outcomes since the initial inspection. We<br>
only need what the local area produces as part of its routine practice, in no particular format. The<br>
parent carer forum is invited to upload its own evidence too.</p>
<p>Yours sincerely,<br>Ofsted area SEND operations<br>on behalf of Ann HMI, lead HMI, with the CQC<br>Reference SEND-00001/1</p>
</body>
</html>
',NULL,0,'pending','2026-03-16 09:00:00.000000',0,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "outboxmessage" VALUES(7,'case-1/1/evidence_request/4',1,'evidence_request','evidence_request','pcf','pcf person','pcf@camden.example.org','Evidence for the re-visit of Camden: upload by Thursday 19 March 2026 (end of the day)','Dear pcf person,

By the fourth working day following notification, Thursday 19 March 2026 (end of the day), please upload
to the portal all relevant evidence showing the impact of the local area''s actions on each area of
significant weakness in the written statement of action (RV providing evidence):
- EHC plans
- Joint commissioning

Please include the detail of any tribunal and/or ombudsman outcomes since the initial inspection. We
only need what the local area produces as part of its routine practice, in no particular format. The
parent carer forum is invited to upload its own evidence too.

Yours sincerely,

Ofsted area SEND operations
on behalf of Ann HMI, lead HMI, with the CQC
Reference SEND-00001/1
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Evidence for the re-visit of Camden: upload by Thursday 19 March 2026 (end of the day)</title>
</head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; max-width: 42em;">
<p>Dear pcf person,</p>
<p>By the fourth working day following notification, Thursday 19 March 2026 (end of the day), please upload<br>
to the portal all relevant evidence showing the impact of the local area&#39;s actions on each area of<br>
significant weakness in the written statement of action (RV providing evidence):<br>
- EHC plans<br>
- Joint commissioning</p>
<p>Please include the detail of any tribunal and/or ombudsman outcomes since the initial inspection. We<br>
only need what the local area produces as part of its routine practice, in no particular format. The<br>
parent carer forum is invited to upload its own evidence too.</p>
<p>Yours sincerely,<br>Ofsted area SEND operations<br>on behalf of Ann HMI, lead HMI, with the CQC<br>Reference SEND-00001/1</p>
</body>
</html>
',NULL,0,'pending','2026-03-16 09:00:00.000000',0,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "outboxmessage" VALUES(8,'case-1/1/evidence_reminder/2',1,'evidence_reminder','evidence_reminder','lano','lano person','lano@camden.example.org','Reminder: evidence for the re-visit of Camden is due Thursday 19 March 2026 (end of the day)','Dear lano person,

A reminder that evidence for the re-visit of Camden is due on the portal by
Thursday 19 March 2026 (end of the day), the fourth working day following notification (RV providing
evidence; RV timeframe day -7). The re-visit team reviews it from the next working day.

Yours sincerely,

Ofsted area SEND operations
on behalf of Ann HMI, lead HMI, with the CQC
Reference SEND-00001/1
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Reminder: evidence for the re-visit of Camden is due Thursday 19 March 2026 (end of the day)</title>
</head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; max-width: 42em;">
<p>Dear lano person,</p>
<p>A reminder that evidence for the re-visit of Camden is due on the portal by<br>
Thursday 19 March 2026 (end of the day), the fourth working day following notification (RV providing<br>
evidence; RV timeframe day -7). The re-visit team reviews it from the next working day.</p>
<p>Yours sincerely,<br>Ofsted area SEND operations<br>on behalf of Ann HMI, lead HMI, with the CQC<br>Reference SEND-00001/1</p>
</body>
</html>
',NULL,0,'pending','2026-03-18 09:00:00.000000',0,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "outboxmessage" VALUES(9,'case-1/1/evidence_reminder/4',1,'evidence_reminder','evidence_reminder','pcf','pcf person','pcf@camden.example.org','Reminder: evidence for the re-visit of Camden is due Thursday 19 March 2026 (end of the day)','Dear pcf person,

A reminder that evidence for the re-visit of Camden is due on the portal by
Thursday 19 March 2026 (end of the day), the fourth working day following notification (RV providing
evidence; RV timeframe day -7). The re-visit team reviews it from the next working day.

Yours sincerely,

Ofsted area SEND operations
on behalf of Ann HMI, lead HMI, with the CQC
Reference SEND-00001/1
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Reminder: evidence for the re-visit of Camden is due Thursday 19 March 2026 (end of the day)</title>
</head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; max-width: 42em;">
<p>Dear pcf person,</p>
<p>A reminder that evidence for the re-visit of Camden is due on the portal by<br>
Thursday 19 March 2026 (end of the day), the fourth working day following notification (RV providing<br>
evidence; RV timeframe day -7). The re-visit team reviews it from the next working day.</p>
<p>Yours sincerely,<br>Ofsted area SEND operations<br>on behalf of Ann HMI, lead HMI, with the CQC<br>Reference SEND-00001/1</p>
</body>
</html>
',NULL,0,'pending','2026-03-18 09:00:00.000000',0,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "outboxmessage" VALUES(10,'case-1/1/survey_opens/4',1,'survey_opens','survey_opens','pcf','pcf person','pcf@camden.example.org','The parents'' survey for the re-visit of Camden is open','Dear pcf person,

The online survey for parents and carers in Camden went live at Monday 23 March 2026, 12:00 GMT
(day -5; RV before the re-visit; timeframe -5). It closes on Friday 27 March 2026, 12:00 GMT.

Please share the link with parents and carers through your usual channels, and make the focus of the
re-visit clear when you do.

Yours sincerely,

Ofsted area SEND operations
on behalf of Ann HMI, lead HMI, with the CQC
Reference SEND-00001/1
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>The parents&#39; survey for the re-visit of Camden is open</title>
</head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; max-width: 42em;">
<p>Dear pcf person,</p>
<p>The online survey for parents and carers in Camden went live at Monday 23 March 2026, 12:00 GMT<br>
(day -5; RV before the re-visit; timeframe -5). It closes on Friday 27 March 2026, 12:00 GMT.</p>
<p>Please share the link with parents and carers through your usual channels, and make the focus of the<br>
re-visit clear when you do.</p>
<p>Yours sincerely,<br>Ofsted area SEND operations<br>on behalf of Ann HMI, lead HMI, with the CQC<br>Reference SEND-00001/1</p>
</body>
</html>
',NULL,0,'pending','2026-03-23 12:00:00.000000',0,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "outboxmessage" VALUES(11,'case-1/1/survey_opens/2',1,'survey_opens','survey_opens','lano','lano person','lano@camden.example.org','The parents'' survey for the re-visit of Camden is open','Dear lano person,

The online survey for parents and carers in Camden went live at Monday 23 March 2026, 12:00 GMT
(day -5; RV before the re-visit; timeframe -5). It closes on Friday 27 March 2026, 12:00 GMT.

Please share the link with parents and carers through your usual channels, and make the focus of the
re-visit clear when you do.

Yours sincerely,

Ofsted area SEND operations
on behalf of Ann HMI, lead HMI, with the CQC
Reference SEND-00001/1
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>The parents&#39; survey for the re-visit of Camden is open</title>
</head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; max-width: 42em;">
<p>Dear lano person,</p>
<p>The online survey for parents and carers in Camden went live at Monday 23 March 2026, 12:00 GMT<br>
(day -5; RV before the re-visit; timeframe -5). It closes on Friday 27 March 2026, 12:00 GMT.</p>
<p>Please share the link with parents and carers through your usual channels, and make the focus of the<br>
re-visit clear when you do.</p>
<p>Yours sincerely,<br>Ofsted area SEND operations<br>on behalf of Ann HMI, lead HMI, with the CQC<br>Reference SEND-00001/1</p>
</body>
</html>
',NULL,0,'pending','2026-03-23 12:00:00.000000',0,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "outboxmessage" VALUES(12,'case-1/1/survey_closes/4',1,'survey_closes','survey_closes','pcf','pcf person','pcf@camden.example.org','The parents'' survey for Camden has closed','Dear pcf person,

The online survey for parents and carers in Camden closed at Friday 27 March 2026, 12:00 GMT
(day -1; RV timeframe day -1). Thank you for helping parents and carers to take
part. On-site activity starts on Monday 30 March 2026, 09:00 BST.

Yours sincerely,

Ofsted area SEND operations
on behalf of Ann HMI, lead HMI, with the CQC
Reference SEND-00001/1
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>The parents&#39; survey for Camden has closed</title>
</head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; max-width: 42em;">
<p>Dear pcf person,</p>
<p>The online survey for parents and carers in Camden closed at Friday 27 March 2026, 12:00 GMT<br>
(day -1; RV timeframe day -1). Thank you for helping parents and carers to take<br>
part. On-site activity starts on Monday 30 March 2026, 09:00 BST.</p>
<p>Yours sincerely,<br>Ofsted area SEND operations<br>on behalf of Ann HMI, lead HMI, with the CQC<br>Reference SEND-00001/1</p>
</body>
</html>
',NULL,0,'pending','2026-03-27 12:00:00.000000',0,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "outboxmessage" VALUES(13,'case-1/1/survey_closes/2',1,'survey_closes','survey_closes','lano','lano person','lano@camden.example.org','The parents'' survey for Camden has closed','Dear lano person,

The online survey for parents and carers in Camden closed at Friday 27 March 2026, 12:00 GMT
(day -1; RV timeframe day -1). Thank you for helping parents and carers to take
part. On-site activity starts on Monday 30 March 2026, 09:00 BST.

Yours sincerely,

Ofsted area SEND operations
on behalf of Ann HMI, lead HMI, with the CQC
Reference SEND-00001/1
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>The parents&#39; survey for Camden has closed</title>
</head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; max-width: 42em;">
<p>Dear lano person,</p>
<p>The online survey for parents and carers in Camden closed at Friday 27 March 2026, 12:00 GMT<br>
(day -1; RV timeframe day -1). Thank you for helping parents and carers to take<br>
part. On-site activity starts on Monday 30 March 2026, 09:00 BST.</p>
<p>Yours sincerely,<br>Ofsted area SEND operations<br>on behalf of Ann HMI, lead HMI, with the CQC<br>Reference SEND-00001/1</p>
</body>
</html>
',NULL,0,'pending','2026-03-27 12:00:00.000000',0,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "outboxmessage" VALUES(14,'case-1/1/draft_sent/1',1,'draft_sent','draft_cover','dcs','dcs person','dcs@camden.example.org','RESTRICTED: Draft re-visit letter for Camden: comments by Friday 17 April 2026 (end of the day)','RESTRICTED AND CONFIDENTIAL
For the director of children''s services and the CCG/ICB chief executive(s) and their named
representatives only. Neither this draft nor any of its content may be shared more widely or
published (H§66; RV quality assurance process).

Dear dcs person,

The draft re-visit letter on London Borough of Camden has
been quality assured by Ofsted and the CQC and is on the portal. It is restricted and confidential to
you and your named representatives (H§66; RV quality assurance process).

The local authority and the CCG/ICB have 10 working days to comment on it, including on any matters of
factual accuracy: please send your comments by Friday 17 April 2026 (end of the day) (H§67). The lead HMI will
consider them and Ofsted will tell you the response.

Yours sincerely,

Ofsted area SEND operations
on behalf of Ann HMI, lead HMI, with the CQC
Reference SEND-00001/1
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Draft re-visit letter for Camden: comments by Friday 17 April 2026 (end of the day)</title>
</head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; max-width: 42em;">
<p style="border: 3px solid #d4351c; padding: 0.5em; font-weight: bold;">RESTRICTED AND CONFIDENTIAL: for the
director of children''s services and the CCG/ICB chief executive(s) and their named representatives only. Neither
this draft nor any of its content may be shared more widely or published (H§66; RV quality assurance process).</p>
<p>Dear dcs person,</p>
<p>The draft re-visit letter on London Borough of Camden has<br>
been quality assured by Ofsted and the CQC and is on the portal. It is restricted and confidential to<br>
you and your named representatives (H§66; RV quality assurance process).</p>
<p>The local authority and the CCG/ICB have 10 working days to comment on it, including on any matters of<br>
factual accuracy: please send your comments by Friday 17 April 2026 (end of the day) (H§67). The lead HMI will<br>
consider them and Ofsted will tell you the response.</p>
<p>Yours sincerely,<br>Ofsted area SEND operations<br>on behalf of Ann HMI, lead HMI, with the CQC<br>Reference SEND-00001/1</p>
</body>
</html>
',NULL,1,'pending','2026-04-01 03:00:00.000000',0,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "outboxmessage" VALUES(15,'case-1/1/draft_sent/3',1,'draft_sent','draft_cover','ccg_icb','ccg_icb person','ccg_icb@camden.example.org','RESTRICTED: Draft re-visit letter for Camden: comments by Friday 17 April 2026 (end of the day)','RESTRICTED AND CONFIDENTIAL
For the director of children''s services and the CCG/ICB chief executive(s) and their named
representatives only. Neither this draft nor any of its content may be shared more widely or
published (H§66; RV quality assurance process).

Dear ccg_icb person,

The draft re-visit letter on London Borough of Camden has
been quality assured by Ofsted and the CQC and is on the portal. It is restricted and confidential to
you and your named representatives (H§66; RV quality assurance process).

The local authority and the CCG/ICB have 10 working days to comment on it, including on any matters of
factual accuracy: please send your comments by Friday 17 April 2026 (end of the day) (H§67). The lead HMI will
consider them and Ofsted will tell you the response.

Yours sincerely,

Ofsted area SEND operations
on behalf of Ann HMI, lead HMI, with the CQC
Reference SEND-00001/1
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Draft re-visit letter for Camden: comments by Friday 17 April 2026 (end of the day)</title>
</head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; max-width: 42em;">
<p style="border: 3px solid #d4351c; padding: 0.5em; font-weight: bold;">RESTRICTED AND CONFIDENTIAL: for the
director of children''s services and the CCG/ICB chief executive(s) and their named representatives only. Neither
this draft nor any of its content may be shared more widely or published (H§66; RV quality assurance process).</p>
<p>Dear ccg_icb person,</p>
<p>The draft re-visit letter on London Borough of Camden has<br>
been quality assured by Ofsted and the CQC and is on the portal. It is restricted and confidential to<br>
you and your named representatives (H§66; RV quality assurance process).</p>
<p>The local authority and the CCG/ICB have 10 working days to comment on it, including on any matters of<br>
factual accuracy: please send your comments by Friday 17 April 2026 (end of the day) (H§67). The lead HMI will<br>
consider them and Ofsted will tell you the response.</p>
<p>Yours sincerely,<br>Ofsted area SEND operations<br>on behalf of Ann HMI, lead HMI, with the CQC<br>Reference SEND-00001/1</p>
</body>
</html>
',NULL,1,'pending','2026-04-01 03:00:00.000000',0,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "outboxmessage" VALUES(16,'case-1/1/draft_sent/8',1,'draft_sent','draft_cover','ccg_icb','Second ICB chief','ceo2@camden.example.org','RESTRICTED: Draft re-visit letter for Camden: comments by Friday 17 April 2026 (end of the day)','RESTRICTED AND CONFIDENTIAL
For the director of children''s services and the CCG/ICB chief executive(s) and their named
representatives only. Neither this draft nor any of its content may be shared more widely or
published (H§66; RV quality assurance process).

Dear Second ICB chief,

The draft re-visit letter on London Borough of Camden has
been quality assured by Ofsted and the CQC and is on the portal. It is restricted and confidential to
you and your named representatives (H§66; RV quality assurance process).

The local authority and the CCG/ICB have 10 working days to comment on it, including on any matters of
factual accuracy: please send your comments by Friday 17 April 2026 (end of the day) (H§67). The lead HMI will
consider them and Ofsted will tell you the response.

Yours sincerely,

Ofsted area SEND operations
on behalf of Ann HMI, lead HMI, with the CQC
Reference SEND-00001/1
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Draft re-visit letter for Camden: comments by Friday 17 April 2026 (end of the day)</title>
</head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; max-width: 42em;">
<p style="border: 3px solid #d4351c; padding: 0.5em; font-weight: bold;">RESTRICTED AND CONFIDENTIAL: for the
director of children''s services and the CCG/ICB chief executive(s) and their named representatives only. Neither
this draft nor any of its content may be shared more widely or published (H§66; RV quality assurance process).</p>
<p>Dear Second ICB chief,</p>
<p>The draft re-visit letter on London Borough of Camden has<br>
been quality assured by Ofsted and the CQC and is on the portal. It is restricted and confidential to<br>
you and your named representatives (H§66; RV quality assurance process).</p>
<p>The local authority and the CCG/ICB have 10 working days to comment on it, including on any matters of<br>
factual accuracy: please send your comments by Friday 17 April 2026 (end of the day) (H§67). The lead HMI will<br>
consider them and Ofsted will tell you the response.</p>
<p>Yours sincerely,<br>Ofsted area SEND operations<br>on behalf of Ann HMI, lead HMI, with the CQC<br>Reference SEND-00001/1</p>
</body>
</html>
',NULL,1,'pending','2026-04-01 03:00:00.000000',0,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "outboxmessage" VALUES(17,'case-1/1/comments_reminder/1',1,'comments_reminder','comments_reminder','dcs','dcs person','dcs@camden.example.org','Reminder: comments on the draft for Camden are due Friday 17 April 2026 (end of the day)','Dear dcs person,

A reminder that comments on the draft re-visit letter,
including any matters of factual accuracy, are due by Friday 17 April 2026 (end of the day): the end of the 10
working days allowed (H§67; RV quality assurance process). The draft remains restricted and
confidential.

Yours sincerely,

Ofsted area SEND operations
on behalf of Ann HMI, lead HMI, with the CQC
Reference SEND-00001/1
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Reminder: comments on the draft for Camden are due Friday 17 April 2026 (end of the day)</title>
</head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; max-width: 42em;">
<p>Dear dcs person,</p>
<p>A reminder that comments on the draft re-visit letter,<br>
including any matters of factual accuracy, are due by Friday 17 April 2026 (end of the day): the end of the 10<br>
working days allowed (H§67; RV quality assurance process). The draft remains restricted and<br>
confidential.</p>
<p>Yours sincerely,<br>Ofsted area SEND operations<br>on behalf of Ann HMI, lead HMI, with the CQC<br>Reference SEND-00001/1</p>
</body>
</html>
',NULL,0,'pending','2026-04-15 08:00:00.000000',0,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "outboxmessage" VALUES(18,'case-1/1/comments_reminder/3',1,'comments_reminder','comments_reminder','ccg_icb','ccg_icb person','ccg_icb@camden.example.org','Reminder: comments on the draft for Camden are due Friday 17 April 2026 (end of the day)','Dear ccg_icb person,

A reminder that comments on the draft re-visit letter,
including any matters of factual accuracy, are due by Friday 17 April 2026 (end of the day): the end of the 10
working days allowed (H§67; RV quality assurance process). The draft remains restricted and
confidential.

Yours sincerely,

Ofsted area SEND operations
on behalf of Ann HMI, lead HMI, with the CQC
Reference SEND-00001/1
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Reminder: comments on the draft for Camden are due Friday 17 April 2026 (end of the day)</title>
</head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; max-width: 42em;">
<p>Dear ccg_icb person,</p>
<p>A reminder that comments on the draft re-visit letter,<br>
including any matters of factual accuracy, are due by Friday 17 April 2026 (end of the day): the end of the 10<br>
working days allowed (H§67; RV quality assurance process). The draft remains restricted and<br>
confidential.</p>
<p>Yours sincerely,<br>Ofsted area SEND operations<br>on behalf of Ann HMI, lead HMI, with the CQC<br>Reference SEND-00001/1</p>
</body>
</html>
',NULL,0,'pending','2026-04-15 08:00:00.000000',0,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "outboxmessage" VALUES(19,'case-1/1/comments_reminder/8',1,'comments_reminder','comments_reminder','ccg_icb','Second ICB chief','ceo2@camden.example.org','Reminder: comments on the draft for Camden are due Friday 17 April 2026 (end of the day)','Dear Second ICB chief,

A reminder that comments on the draft re-visit letter,
including any matters of factual accuracy, are due by Friday 17 April 2026 (end of the day): the end of the 10
working days allowed (H§67; RV quality assurance process). The draft remains restricted and
confidential.

Yours sincerely,

Ofsted area SEND operations
on behalf of Ann HMI, lead HMI, with the CQC
Reference SEND-00001/1
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Reminder: comments on the draft for Camden are due Friday 17 April 2026 (end of the day)</title>
</head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; max-width: 42em;">
<p>Dear Second ICB chief,</p>
<p>A reminder that comments on the draft re-visit letter,<br>
including any matters of factual accuracy, are due by Friday 17 April 2026 (end of the day): the end of the 10<br>
working days allowed (H§67; RV quality assurance process). The draft remains restricted and<br>
confidential.</p>
<p>Yours sincerely,<br>Ofsted area SEND operations<br>on behalf of Ann HMI, lead HMI, with the CQC<br>Reference SEND-00001/1</p>
</body>
</html>
',NULL,0,'pending','2026-04-15 08:00:00.000000',0,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "outboxmessage" VALUES(20,'case-1/1/final_letter_due/1',1,'final_letter_due','final_distribution','dcs','dcs person','dcs@camden.example.org','Final re-visit letter: London Borough of Camden','Dear dcs person,

The final re-visit letter on London Borough of Camden
(re-visit, on-site Monday 30 March 2026 to Wednesday 1 April 2026) is
attached, as required by the Children Act 2004 (Joint Area Reviews) Regulations 2015 (H§71; RV
publication). It goes to:
- the Secretary of State for Education
- the Secretary of State for Health and Social Care
- the local authority for the area inspected, and the CCG/ICB

Ofsted will normally publish it on Thursday 21 May 2026 (end of the day), within 33 working days of the end of
the inspection. Recipients must publish it on their website too.

Yours sincerely,

Ofsted area SEND operations
on behalf of Ann HMI, lead HMI, with the CQC
Reference SEND-00001/1
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Final re-visit letter: London Borough of Camden</title>
</head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; max-width: 42em;">
<p>Dear dcs person,</p>
<p>The final re-visit letter on London Borough of Camden<br>
(re-visit, on-site Monday 30 March 2026 to Wednesday 1 April 2026) is<br>
attached, as required by the Children Act 2004 (Joint Area Reviews) Regulations 2015 (H§71; RV<br>
publication). It goes to:<br>
- the Secretary of State for Education<br>
- the Secretary of State for Health and Social Care<br>
- the local authority for the area inspected, and the CCG/ICB</p>
<p>Ofsted will normally publish it on Thursday 21 May 2026 (end of the day), within 33 working days of the end of<br>
the inspection. Recipients must publish it on their website too.</p>
<p>Yours sincerely,<br>Ofsted area SEND operations<br>on behalf of Ann HMI, lead HMI, with the CQC<br>Reference SEND-00001/1</p>
</body>
</html>
',NULL,0,'pending','2026-04-18 00:59:59.000000',0,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "outboxmessage" VALUES(21,'case-1/1/final_letter_due/3',1,'final_letter_due','final_distribution','ccg_icb','ccg_icb person','ccg_icb@camden.example.org','Final re-visit letter: London Borough of Camden','Dear ccg_icb person,

The final re-visit letter on London Borough of Camden
(re-visit, on-site Monday 30 March 2026 to Wednesday 1 April 2026) is
attached, as required by the Children Act 2004 (Joint Area Reviews) Regulations 2015 (H§71; RV
publication). It goes to:
- the Secretary of State for Education
- the Secretary of State for Health and Social Care
- the local authority for the area inspected, and the CCG/ICB

Ofsted will normally publish it on Thursday 21 May 2026 (end of the day), within 33 working days of the end of
the inspection. Recipients must publish it on their website too.

Yours sincerely,

Ofsted area SEND operations
on behalf of Ann HMI, lead HMI, with the CQC
Reference SEND-00001/1
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Final re-visit letter: London Borough of Camden</title>
</head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; max-width: 42em;">
<p>Dear ccg_icb person,</p>
<p>The final re-visit letter on London Borough of Camden<br>
(re-visit, on-site Monday 30 March 2026 to Wednesday 1 April 2026) is<br>
attached, as required by the Children Act 2004 (Joint Area Reviews) Regulations 2015 (H§71; RV<br>
publication). It goes to:<br>
- the Secretary of State for Education<br>
- the Secretary of State for Health and Social Care<br>
- the local authority for the area inspected, and the CCG/ICB</p>
<p>Ofsted will normally publish it on Thursday 21 May 2026 (end of the day), within 33 working days of the end of<br>
the inspection. Recipients must publish it on their website too.</p>
<p>Yours sincerely,<br>Ofsted area SEND operations<br>on behalf of Ann HMI, lead HMI, with the CQC<br>Reference SEND-00001/1</p>
</body>
</html>
',NULL,0,'pending','2026-04-18 00:59:59.000000',0,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "outboxmessage" VALUES(22,'case-1/1/final_letter_due/8',1,'final_letter_due','final_distribution','ccg_icb','Second ICB chief','ceo2@camden.example.org','Final re-visit letter: London Borough of Camden','Dear Second ICB chief,

The final re-visit letter on London Borough of Camden
(re-visit, on-site Monday 30 March 2026 to Wednesday 1 April 2026) is
attached, as required by the Children Act 2004 (Joint Area Reviews) Regulations 2015 (H§71; RV
publication). It goes to:
- the Secretary of State for Education
- the Secretary of State for Health and Social Care
- the local authority for the area inspected, and the CCG/ICB

Ofsted will normally publish it on Thursday 21 May 2026 (end of the day), within 33 working days of the end of
the inspection. Recipients must publish it on their website too.

Yours sincerely,

Ofsted area SEND operations
on behalf of Ann HMI, lead HMI, with the CQC
Reference SEND-00001/1
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Final re-visit letter: London Borough of Camden</title>
</head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; max-width: 42em;">
<p>Dear Second ICB chief,</p>
<p>The final re-visit letter on London Borough of Camden<br>
(re-visit, on-site Monday 30 March 2026 to Wednesday 1 April 2026) is<br>
attached, as required by the Children Act 2004 (Joint Area Reviews) Regulations 2015 (H§71; RV<br>
publication). It goes to:<br>
- the Secretary of State for Education<br>
- the Secretary of State for Health and Social Care<br>
- the local authority for the area inspected, and the CCG/ICB</p>
<p>Ofsted will normally publish it on Thursday 21 May 2026 (end of the day), within 33 working days of the end of<br>
the inspection. Recipients must publish it on their website too.</p>
<p>Yours sincerely,<br>Ofsted area SEND operations<br>on behalf of Ann HMI, lead HMI, with the CQC<br>Reference SEND-00001/1</p>
</body>
</html>
',NULL,0,'pending','2026-04-18 00:59:59.000000',0,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "outboxmessage" VALUES(23,'case-1/1/final_letter_due/9',1,'final_letter_due','final_distribution','sos_education','sos_education office','sos_education@gov.example.org','Final re-visit letter: London Borough of Camden','Dear sos_education office,

The final re-visit letter on London Borough of Camden
(re-visit, on-site Monday 30 March 2026 to Wednesday 1 April 2026) is
attached, as required by the Children Act 2004 (Joint Area Reviews) Regulations 2015 (H§71; RV
publication). It goes to:
- the Secretary of State for Education
- the Secretary of State for Health and Social Care
- the local authority for the area inspected, and the CCG/ICB

Ofsted will normally publish it on Thursday 21 May 2026 (end of the day), within 33 working days of the end of
the inspection. Recipients must publish it on their website too.

Yours sincerely,

Ofsted area SEND operations
on behalf of Ann HMI, lead HMI, with the CQC
Reference SEND-00001/1
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Final re-visit letter: London Borough of Camden</title>
</head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; max-width: 42em;">
<p>Dear sos_education office,</p>
<p>The final re-visit letter on London Borough of Camden<br>
(re-visit, on-site Monday 30 March 2026 to Wednesday 1 April 2026) is<br>
attached, as required by the Children Act 2004 (Joint Area Reviews) Regulations 2015 (H§71; RV<br>
publication). It goes to:<br>
- the Secretary of State for Education<br>
- the Secretary of State for Health and Social Care<br>
- the local authority for the area inspected, and the CCG/ICB</p>
<p>Ofsted will normally publish it on Thursday 21 May 2026 (end of the day), within 33 working days of the end of<br>
the inspection. Recipients must publish it on their website too.</p>
<p>Yours sincerely,<br>Ofsted area SEND operations<br>on behalf of Ann HMI, lead HMI, with the CQC<br>Reference SEND-00001/1</p>
</body>
</html>
',NULL,0,'pending','2026-04-18 00:59:59.000000',0,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "outboxmessage" VALUES(24,'case-1/1/final_letter_due/10',1,'final_letter_due','final_distribution','sos_health','sos_health office','sos_health@gov.example.org','Final re-visit letter: London Borough of Camden','Dear sos_health office,

The final re-visit letter on London Borough of Camden
(re-visit, on-site Monday 30 March 2026 to Wednesday 1 April 2026) is
attached, as required by the Children Act 2004 (Joint Area Reviews) Regulations 2015 (H§71; RV
publication). It goes to:
- the Secretary of State for Education
- the Secretary of State for Health and Social Care
- the local authority for the area inspected, and the CCG/ICB

Ofsted will normally publish it on Thursday 21 May 2026 (end of the day), within 33 working days of the end of
the inspection. Recipients must publish it on their website too.

Yours sincerely,

Ofsted area SEND operations
on behalf of Ann HMI, lead HMI, with the CQC
Reference SEND-00001/1
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Final re-visit letter: London Borough of Camden</title>
</head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; max-width: 42em;">
<p>Dear sos_health office,</p>
<p>The final re-visit letter on London Borough of Camden<br>
(re-visit, on-site Monday 30 March 2026 to Wednesday 1 April 2026) is<br>
attached, as required by the Children Act 2004 (Joint Area Reviews) Regulations 2015 (H§71; RV<br>
publication). It goes to:<br>
- the Secretary of State for Education<br>
- the Secretary of State for Health and Social Care<br>
- the local authority for the area inspected, and the CCG/ICB</p>
<p>Ofsted will normally publish it on Thursday 21 May 2026 (end of the day), within 33 working days of the end of<br>
the inspection. Recipients must publish it on their website too.</p>
<p>Yours sincerely,<br>Ofsted area SEND operations<br>on behalf of Ann HMI, lead HMI, with the CQC<br>Reference SEND-00001/1</p>
</body>
</html>
',NULL,0,'pending','2026-04-18 00:59:59.000000',0,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "outboxmessage" VALUES(25,'case-1/1/publication_due/1',1,'publication_due','publication_notice','dcs','dcs person','dcs@camden.example.org','Published: re-visit of Camden','Dear dcs person,

The re-visit letter on London Borough of Camden,
on site from Monday 30 March 2026 to Wednesday 1 April 2026, is now published on Ofsted''s reports website, under the local authority''s SEND section, and the CQC
publishes it alongside its other reports on the area (H§70; RV publication).

The outcome, per area of significant weakness:
- EHC plans: sufficient progress
- Joint commissioning: insufficient progress

Progress is insufficient on at least one weakness: it is for the Department for Education and NHS
England to decide the next steps; there is no further re-visit unless the Secretary of State
directs one (RV after the re-visit).

Yours sincerely,

Ofsted area SEND operations
on behalf of Ann HMI, lead HMI, with the CQC
Reference SEND-00001/1
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Published: re-visit of Camden</title>
</head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; max-width: 42em;">
<p>Dear dcs person,</p>
<p>The re-visit letter on London Borough of Camden,<br>
on site from Monday 30 March 2026 to Wednesday 1 April 2026, is now published on Ofsted&#39;s reports website, under the local authority&#39;s SEND section, and the CQC<br>
publishes it alongside its other reports on the area (H§70; RV publication).</p>
<p>The outcome, per area of significant weakness:<br>
- EHC plans: sufficient progress<br>
- Joint commissioning: insufficient progress</p>
<p>Progress is insufficient on at least one weakness: it is for the Department for Education and NHS<br>
England to decide the next steps; there is no further re-visit unless the Secretary of State<br>
directs one (RV after the re-visit).</p>
<p>Yours sincerely,<br>Ofsted area SEND operations<br>on behalf of Ann HMI, lead HMI, with the CQC<br>Reference SEND-00001/1</p>
</body>
</html>
',NULL,0,'pending','2026-04-18 02:59:59.000000',0,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "outboxmessage" VALUES(26,'case-1/1/publication_due/2',1,'publication_due','publication_notice','lano','lano person','lano@camden.example.org','Published: re-visit of Camden','Dear lano person,

The re-visit letter on London Borough of Camden,
on site from Monday 30 March 2026 to Wednesday 1 April 2026, is now published on Ofsted''s reports website, under the local authority''s SEND section, and the CQC
publishes it alongside its other reports on the area (H§70; RV publication).

The outcome, per area of significant weakness:
- EHC plans: sufficient progress
- Joint commissioning: insufficient progress

Progress is insufficient on at least one weakness: it is for the Department for Education and NHS
England to decide the next steps; there is no further re-visit unless the Secretary of State
directs one (RV after the re-visit).

Yours sincerely,

Ofsted area SEND operations
on behalf of Ann HMI, lead HMI, with the CQC
Reference SEND-00001/1
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Published: re-visit of Camden</title>
</head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; max-width: 42em;">
<p>Dear lano person,</p>
<p>The re-visit letter on London Borough of Camden,<br>
on site from Monday 30 March 2026 to Wednesday 1 April 2026, is now published on Ofsted&#39;s reports website, under the local authority&#39;s SEND section, and the CQC<br>
publishes it alongside its other reports on the area (H§70; RV publication).</p>
<p>The outcome, per area of significant weakness:<br>
- EHC plans: sufficient progress<br>
- Joint commissioning: insufficient progress</p>
<p>Progress is insufficient on at least one weakness: it is for the Department for Education and NHS<br>
England to decide the next steps; there is no further re-visit unless the Secretary of State<br>
directs one (RV after the re-visit).</p>
<p>Yours sincerely,<br>Ofsted area SEND operations<br>on behalf of Ann HMI, lead HMI, with the CQC<br>Reference SEND-00001/1</p>
</body>
</html>
',NULL,0,'pending','2026-04-18 02:59:59.000000',0,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "outboxmessage" VALUES(27,'case-1/1/publication_due/4',1,'publication_due','publication_notice','pcf','pcf person','pcf@camden.example.org','Published: re-visit of Camden','Dear pcf person,

The re-visit letter on London Borough of Camden,
on site from Monday 30 March 2026 to Wednesday 1 April 2026, is now published on Ofsted''s reports website, under the local authority''s SEND section, and the CQC
publishes it alongside its other reports on the area (H§70; RV publication).

The outcome, per area of significant weakness:
- EHC plans: sufficient progress
- Joint commissioning: insufficient progress

Progress is insufficient on at least one weakness: it is for the Department for Education and NHS
England to decide the next steps; there is no further re-visit unless the Secretary of State
directs one (RV after the re-visit).

Yours sincerely,

Ofsted area SEND operations
on behalf of Ann HMI, lead HMI, with the CQC
Reference SEND-00001/1
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Published: re-visit of Camden</title>
</head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; max-width: 42em;">
<p>Dear pcf person,</p>
<p>The re-visit letter on London Borough of Camden,<br>
on site from Monday 30 March 2026 to Wednesday 1 April 2026, is now published on Ofsted&#39;s reports website, under the local authority&#39;s SEND section, and the CQC<br>
publishes it alongside its other reports on the area (H§70; RV publication).</p>
<p>The outcome, per area of significant weakness:<br>
- EHC plans: sufficient progress<br>
- Joint commissioning: insufficient progress</p>
<p>Progress is insufficient on at least one weakness: it is for the Department for Education and NHS<br>
England to decide the next steps; there is no further re-visit unless the Secretary of State<br>
directs one (RV after the re-visit).</p>
<p>Yours sincerely,<br>Ofsted area SEND operations<br>on behalf of Ann HMI, lead HMI, with the CQC<br>Reference SEND-00001/1</p>
</body>
</html>
',NULL,0,'pending','2026-04-18 02:59:59.000000',0,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "outboxmessage" VALUES(28,'case-1/1/publication_due/6',1,'publication_due','publication_notice','dfe_adviser','dfe_adviser person','dfe_adviser@camden.example.org','Published: re-visit of Camden','Dear dfe_adviser person,

The re-visit letter on London Borough of Camden,
on site from Monday 30 March 2026 to Wednesday 1 April 2026, is now published on Ofsted''s reports website, under the local authority''s SEND section, and the CQC
publishes it alongside its other reports on the area (H§70; RV publication).

The outcome, per area of significant weakness:
- EHC plans: sufficient progress
- Joint commissioning: insufficient progress

Progress is insufficient on at least one weakness: it is for the Department for Education and NHS
England to decide the next steps; there is no further re-visit unless the Secretary of State
directs one (RV after the re-visit).

Yours sincerely,

Ofsted area SEND operations
on behalf of Ann HMI, lead HMI, with the CQC
Reference SEND-00001/1
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Published: re-visit of Camden</title>
</head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; max-width: 42em;">
<p>Dear dfe_adviser person,</p>
<p>The re-visit letter on London Borough of Camden,<br>
on site from Monday 30 March 2026 to Wednesday 1 April 2026, is now published on Ofsted&#39;s reports website, under the local authority&#39;s SEND section, and the CQC<br>
publishes it alongside its other reports on the area (H§70; RV publication).</p>
<p>The outcome, per area of significant weakness:<br>
- EHC plans: sufficient progress<br>
- Joint commissioning: insufficient progress</p>
<p>Progress is insufficient on at least one weakness: it is for the Department for Education and NHS<br>
England to decide the next steps; there is no further re-visit unless the Secretary of State<br>
directs one (RV after the re-visit).</p>
<p>Yours sincerely,<br>Ofsted area SEND operations<br>on behalf of Ann HMI, lead HMI, with the CQC<br>Reference SEND-00001/1</p>
</body>
</html>
',NULL,0,'pending','2026-04-18 02:59:59.000000',0,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "outboxmessage" VALUES(29,'case-1/1/publication_due/7',1,'publication_due','publication_notice','nhse_adviser','nhse_adviser person','nhse_adviser@camden.example.org','Published: re-visit of Camden','Dear nhse_adviser person,

The re-visit letter on London Borough of Camden,
on site from Monday 30 March 2026 to Wednesday 1 April 2026, is now published on Ofsted''s reports website, under the local authority''s SEND section, and the CQC
publishes it alongside its other reports on the area (H§70; RV publication).

The outcome, per area of significant weakness:
- EHC plans: sufficient progress
- Joint commissioning: insufficient progress

Progress is insufficient on at least one weakness: it is for the Department for Education and NHS
England to decide the next steps; there is no further re-visit unless the Secretary of State
directs one (RV after the re-visit).

Yours sincerely,

Ofsted area SEND operations
on behalf of Ann HMI, lead HMI, with the CQC
Reference SEND-00001/1
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Published: re-visit of Camden</title>
</head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; max-width: 42em;">
<p>Dear nhse_adviser person,</p>
<p>The re-visit letter on London Borough of Camden,<br>
on site from Monday 30 March 2026 to Wednesday 1 April 2026, is now published on Ofsted&#39;s reports website, under the local authority&#39;s SEND section, and the CQC<br>
publishes it alongside its other reports on the area (H§70; RV publication).</p>
<p>The outcome, per area of significant weakness:<br>
- EHC plans: sufficient progress<br>
- Joint commissioning: insufficient progress</p>
<p>Progress is insufficient on at least one weakness: it is for the Department for Education and NHS<br>
England to decide the next steps; there is no further re-visit unless the Secretary of State<br>
directs one (RV after the re-visit).</p>
<p>Yours sincerely,<br>Ofsted area SEND operations<br>on behalf of Ann HMI, lead HMI, with the CQC<br>Reference SEND-00001/1</p>
</body>
</html>
',NULL,0,'pending','2026-04-18 02:59:59.000000',0,NULL,NULL,NULL,NULL,NULL);
CREATE UNIQUE INDEX ix_localarea_name ON localarea (name);
CREATE INDEX ix_auditentry_at ON auditentry (at);
CREATE INDEX ix_auditentry_case_id ON auditentry (case_id);
CREATE INDEX ix_contact_area_id ON contact (area_id);
CREATE INDEX ix_case_area_id ON "case" (area_id);
CREATE INDEX ix_casemilestone_case_id ON casemilestone (case_id);
CREATE INDEX ix_decision_case_id ON decision (case_id);
CREATE INDEX ix_deferralrequest_case_id ON deferralrequest (case_id);
CREATE INDEX ix_outboxmessage_case_id ON outboxmessage (case_id);
CREATE INDEX ix_outboxmessage_status ON outboxmessage (status);
COMMIT;
