"""
Makes the sample reports of src/docs/reports from the demo data of a dev instance (the news case: five
hospitals on one registration supplier, an IT supplier with administrator access): AZ Scheldeland audits
MediReg with the NIS2 supplier security questionnaire, its register gets the rest of its suppliers, leak
observations arrive, and one report of each kind is made and downloaded.

    ./mvnw quarkus:dev -Dquarkus.http.port=18347          (on an empty data folder)
    python3 src/docs/reports/make-samples.py http://localhost:18347 target/sample-reports
    pdftoppm -png -r 70 -f 1 -l 1 target/sample-reports/audit.pdf src/docs/reports/audit

Needs the Python package requests. The passwords are the demo data's (DemoData.DEMO_PASSWORD).
A second run with "reports" as third argument only makes the reports again.
"""
import base64, hashlib, hmac, json, os, random, struct, sys, time
import requests

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:18347"
OUT = sys.argv[2] if len(sys.argv) > 2 else "target/sample-reports"
PW = "Demo-Registry-2026"
S = requests.Session()


def totp(secret_b32, t=None):
    key = base64.b32decode(secret_b32 + "=" * (-len(secret_b32) % 8))
    counter = int((t or time.time()) // 30)
    mac = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    o = mac[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", mac[o:o + 4])[0] & 0x7FFFFFFF) % 1000000)


def call(method, path, token=None, expect=(200, 201, 202, 204), **kw):
    headers = kw.pop("headers", {})
    if token:
        headers["Authorization"] = "Bearer " + token
    r = S.request(method, BASE + path, headers=headers, **kw)
    if r.status_code not in expect:
        raise SystemExit(f"{method} {path}: {r.status_code} {r.text[:500]}")
    return r


os.makedirs(OUT, exist_ok=True)
SECRETS = os.path.join(OUT, "totp-secrets.json")
secrets = json.load(open(SECRETS)) if os.path.exists(SECRETS) else {}


def login(user, password=PW):
    for attempt in range(3):
        body = {"username": user, "password": password}
        if user in secrets:
            body["otp"] = totp(secrets[user])
        r = call("POST", "/api/auth/token", json=body, expect=(200, 401))
        if r.status_code == 200:
            break
        time.sleep(31)  # a code is accepted once: wait for the next one
    tok = r.json()["token"]
    if call("GET", "/api/organizations", tok, expect=(200, 403)).status_code == 403:
        secret = call("POST", "/api/me/totp", tok).json()["secret"]
        call("POST", "/api/me/totp/confirm", tok, json={"otp": totp(secret)})
        secrets[user] = secret
        json.dump(secrets, open(SECRETS, "w"))
    return tok


officer = login("compliance.scheldeland")
ciso = login("ciso.scheldeland")
auditor = login("auditor.hospitals")
sector = login("ciso.sector")

orgs = {o["name"]: o["id"] for o in call("GET", "/api/organizations", sector).json()}
suppliers = {s["name"]: s["id"] for s in call("GET", "/api/suppliers", sector).json()}
scheldeland = orgs["AZ Scheldeland"]
engagements = call("GET", f"/api/organizations/{scheldeland}/engagements", officer).json()
medireg_engagement = next(e for e in engagements if e["supplierName"] == "MediReg")["id"]

ONLY_REPORTS = len(sys.argv) > 3 and sys.argv[3] == "reports"
if not ONLY_REPORTS:
    # ---------------------------------------------------------------- the rest of AZ Scheldeland's supplier register



    def _be(base):
        digits = "0%07d" % (base % 10000000)
        n = digits + "%02d" % (97 - int(digits) % 97)
        return "%s.%s.%s" % (n[:4], n[4:7], n[7:])


    register = [
        ("KWS Clinical Systems", "BE", "kws-clinical.example", "Electronic health record (EHR)", ["HEALTH", "PERSONAL"], "PRIVILEGED", "CRITICAL"),
        ("RadiPACS", "NL", "radipacs.example", "Medical imaging archive (PACS)", ["HEALTH"], "USER", "HIGH"),
        ("LabLink Diagnostics", "BE", "lablink.example", "Laboratory information system", ["HEALTH", "PERSONAL"], "USER", "HIGH"),
        ("NetSecure Services", "BE", "netsecure.example", "Managed firewall and network operations", ["CREDENTIALS"], "PRIVILEGED", "CRITICAL"),
        ("BackupVault", "DE", "backupvault.example", "Off-site backup of clinical systems", ["HEALTH", "PERSONAL"], "PRIVILEGED", "CRITICAL"),
        ("MailCloud", "IE", "mailcloud.example", "E-mail and office suite", ["PERSONAL", "CREDENTIALS"], "USER", "HIGH"),
        ("TeleConsult", "BE", "teleconsult.example", "Video consultations with patients", ["HEALTH", "PERSONAL"], "USER", "HIGH"),
        ("PayRoll Partners", "BE", "payrollpartners.example", "Payroll and HR administration", ["PERSONAL", "FINANCIAL"], "USER", "MEDIUM"),
        ("PharmaStock", "BE", "pharmastock.example", "Hospital pharmacy stock management", ["HEALTH"], "USER", "MEDIUM"),
        ("SpeechScribe", "FR", "speechscribe.example", "Speech recognition for medical reports", ["HEALTH"], "USER", "MEDIUM"),
        ("BadgeAccess", "BE", "badgeaccess.example", "Badges and physical access control", ["PERSONAL"], "USER", "MEDIUM"),
        ("PrintFleet", "NL", "printfleet.example", "Managed printing", [], "USER", "LOW"),
        ("Cateringa", "BE", "cateringa.example", "Patient meals ordering", ["PERSONAL"], "NONE", "LOW"),
        ("ParkEasy", "BE", "parkeasy.example", "Visitor parking", ["PERSONAL", "FINANCIAL"], "NONE", "LOW"),
    ]
    for i, (name, country, domain, service, data, access, crit) in enumerate(register):
        body = {"name": name, "country": country, "domains": [domain]}
        if country == "BE" and i % 4 != 3:
            body["enterpriseNumber"] = _be(30000000 + i * 1234567)
        sid = call("POST", "/api/suppliers", officer, json=body).json()["id"]
        call("POST", f"/api/organizations/{scheldeland}/engagements", officer, json={
            "supplierId": sid, "service": service, "serviceHosts": [], "dataCategories": data, "access": access,
            "criticality": crit, "contractClauses": ["SECURITY_REQUIREMENTS"] if i % 2 == 0 else []})

    # ---------------------------------------------------------------- the audit of MediReg by AZ Scheldeland
    audit = call("POST", f"/api/engagements/{medireg_engagement}/audits", officer,
                 json={"questionnaireKey": "nis2-supplier-security"}).json()["id"]
    definition = call("GET", "/api/questionnaires/nis2-supplier-security", officer).json()
    chosen = {
        "assurance-certification": "ISO_27001", "assurance-nis2-status": None, "iam-mfa-kind": None,
        "dev-pentest": None, "bc-restore-test": None, "contract-verification": None,
    }
    special = {
        "iam-mfa-staff": ("PARTIAL", "MFA on the admin portal since 2026-09; the legacy support VPN still accepts"
                                     " password-only logins for two technicians until the migration of 2027-01."),
        "priv-no-daily-admin-rights": ("NO", "Support technicians work with local administrator rights on their laptops;"
                                             " the infostealer came in with cracked software installed that way."),
        "endpoint-browser-passwords": ("PARTIAL", "Policy forbids saved passwords; enforced by GPO on 80% of laptops."),
        "endpoint-leak-monitoring": ("YES", "Dark-web monitoring contract with a Belgian firm since 2026-10."),
        "iam-named-accounts": ("YES", "Shared 'support' account removed on 2026-10-04."),
        "inc-notification-clause": ("YES", "Clause 12.3 of the framework agreement: notification within 24 hours."),
        "scope-data-and-hosting": ("TEXT", "Patient identity, contact and insurance data and appointment history;"
                                           " hosted at CloudHost (Belgium, two data centres); backups in the Netherlands."),
        "inc-history": ("TEXT", "2026-09: infostealer on a support laptop; 71,000 patient and staff logins offered for"
                                " sale. Reported to the CCB on 2026-10-02."),
    }
    evidence_names = {
        "assurance-certification": "iso27001-certificate-2026.txt",
        "assurance-management-approval": "security-policy-board-approval-2026-03.txt",
        "scope-subcontractors": "subcontractor-register-2026.txt",
        "dev-pentest": "pentest-summary-2026-06.txt",
        "inc-notification-clause": "framework-agreement-clause-12.txt",
        "bc-restore-test": "restore-test-report-2026-09.txt",
        "contract-security-requirements": "security-annex-2025.txt",
    }
    answers = {}
    for section in definition["sections"]:
        for q in section["questions"]:
            qid, kind = q["id"], q["type"]
            comment = None
            if qid in special:
                value, comment = special[qid]
                if value == "TEXT":
                    value, comment = comment, None
            elif kind == "YES_NO":
                value = "YES"
            elif kind == "SCALE":
                value = 3
                comment = "Critical patches within 7 days, others within the monthly cycle."
            elif kind == "CHOICE":
                opts = q["options"]
                value = chosen.get(qid) or max(opts, key=lambda o: o["score"])["value"]
            else:
                value = "See attached."
            a = {"value": value}
            if comment:
                a["comment"] = comment
            answers[qid] = a
    r = call("PUT", f"/api/audits/{audit}/answers", officer, json={"answers": answers}, expect=(200, 422))
    if r.status_code == 422:
        problems = {d.get("questionId") for d in r.json()["details"]}
        for p in problems:
            answers.pop(p, None)
        call("PUT", f"/api/audits/{audit}/answers", officer, json={"answers": answers})
    for qid, name in evidence_names.items():
        call("POST", f"/api/audits/{audit}/evidence", officer, files={
            "questionId": (None, qid), "file": (name, f"{name}: evidence kept by MediReg, 2026.\n".encode(), "text/plain")},
             expect=(201, 422))
    r = call("POST", f"/api/audits/{audit}/submit", officer, expect=(200, 422))
    if r.status_code == 422:
        raise SystemExit("submit: " + r.text)
    call("POST", f"/api/audits/{audit}/review", ciso, json={"decision": "APPROVE",
                                                              "comment": "Checked on site on 2026-11-24 with MediReg's CISO."})

    # ---------------------------------------------------------------- leak observations with their dates
    rng = random.Random(7)
    months = ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]
    weights = [2, 3, 5, 14, 31, 22, 9]
    rows = ["url,login,password,compromised_at,malware_family,kind"]
    hosts = ["portal.medireg.example", "azhospital-a.medireg.example", "azhospital-b.medireg.example",
             "admin.medireg.example", "api.medireg.example"]
    for month, n in zip(months, weights):
        for i in range(n):
            host = rng.choice(hosts)
            who = rng.choice(["patient", "nurse", "dr", "admin.support", "balie"]) + str(rng.randint(10, 999))
            domain = rng.choice(["azhospital-a.example", "azhospital-b.example", "mail.example", "medireg.example"])
            pw = "".join(rng.choice("abcdefghkmnpqrstuvwxyz23456789") for _ in range(10))
            day = rng.randint(1, 28)
            rows.append(f"https://{host}/login,{who}@{domain},{pw},{month}-{day:02d},RedLine,STEALER_LOG")
    for i in range(12):
        pw = "".join(rng.choice("abcdefghkmnpqrstuvwxyz23456789") for _ in range(10))
        rows.append(f"https://vpn.itserv.example/,adm-tech{i}@itserv.example,{pw},2026-{rng.randint(8, 11):02d}-{rng.randint(1, 28):02d},Lumma,STEALER_LOG")
    csv = ("\n".join(rows) + "\n").encode()
    for fmt, body in (("CSV", csv), ("ULP", open("src/test/resources/leaks/sample.ulp.txt", "rb").read())):
        job = call("POST", f"/api/leak-imports?format={fmt}&source=dark-web-monitoring&kind=STEALER_LOG", sector,
                   data=body, headers={"Content-Type": "application/octet-stream"}).json()["id"]
        for _ in range(120):
            st = call("GET", f"/api/leak-imports/{job}", sector).json()
            if st["status"] in ("COMPLETED", "FAILED"):
                print(fmt, st["status"], st["accepted"], "accepted")
                break
            time.sleep(0.5)
    call("POST", "/api/leak-observations/aggregate", sector, json={
        "supplierId": suppliers["MediReg"], "source": "Dark-web monitoring firm (press report)", "kind": "STEALER_LOG",
        "records": 71000, "stealerShare": 0.8, "compromisedFrom": "2026-08-01", "compromisedTo": "2026-10-15"})
    call("POST", "/api/leak-observations/aggregate", sector, json={
        "supplierId": suppliers["ITServ"], "source": "Dark-web monitoring firm (press report)", "kind": "STEALER_LOG",
        "records": 1000, "privileged": 40, "compromisedFrom": "2026-09-01", "compromisedTo": "2026-10-20"})

else:
    audit = [a for a in call("GET", f"/api/organizations/{scheldeland}/audits?status=APPROVED", officer).json()][0]["id"]

# ---------------------------------------------------------------- the reports
made = {
    "audit": call("POST", "/api/reports", auditor, json={"kind": "AUDIT", "auditId": audit}).json(),
    "organization": call("POST", "/api/reports", auditor, json={"kind": "ORGANIZATION",
                                                                "organizationId": scheldeland}).json(),
    "exposure": call("POST", "/api/reports", sector, json={"kind": "SUPPLIER_EXPOSURE",
                                                           "supplierId": suppliers["MediReg"]}).json(),
    "exposure-nl": call("POST", "/api/reports", sector, json={"kind": "SUPPLIER_EXPOSURE", "language": "nl",
                                                              "supplierId": suppliers["ITServ"]}).json(),
}
for name, rep in made.items():
    tok = sector if name.startswith("exposure") else auditor
    pdf = call("GET", rep["downloadUrl"], tok, headers={"Accept": "application/pdf"}).content
    assert hashlib.sha256(pdf).hexdigest() == rep["sha256"]
    open(f"{OUT}/{name}.pdf", "wb").write(pdf)
    print(name, rep["id"], rep["pages"], "pages", rep["size"], "bytes")
