"""Checks that QualCoder opens what Sinergi exports: runs QualCoder's own REFI-QDA
import (qualcoder.refi.RefiImport) headless on a .qdpx or .qdc, into a fresh
QualCoder database made with the CREATE TABLE statements of QualCoder's
new_project(), then prints what landed: sources, codes, categories, and each
coding compared with the source text at its position. Only the dialogs, the AI
module (langchain) and QualCoder's start-up are replaced.

    git clone https://github.com/ccbogel/QualCoder
    python3 -m venv venv && venv/bin/pip install PyQt6 pymupdf Pillow qtawesome
    QUALCODER_SRC=QualCoder/src venv/bin/python scripts/qualcoder_refi_check.py OUT.qdpx

QualCoder unpacks the package into a folder beside it: copy the file to a
scratch folder first."""
import os, re, sys, sqlite3, types, builtins, gettext, tempfile, shutil
os.environ["QT_QPA_PLATFORM"] = "offscreen"
SRC = os.environ.get("QUALCODER_SRC", "QualCoder/src")
sys.path.insert(0, SRC)
builtins._ = gettext.gettext
qdpx = os.path.abspath(sys.argv[1])
from PyQt6 import QtWidgets
qapp = QtWidgets.QApplication([])
# The AI module needs langchain; the import does not use it.
fake_ai = types.ModuleType("qualcoder.ai_llm")
fake_ai.get_default_ai_models = lambda *a, **k: []
fake_ai.update_ai_models = lambda *a, **k: None
sys.modules["qualcoder.ai_llm"] = fake_ai
from qualcoder import helpers
helpers.Message.exec = lambda self: print("MESSAGE:", self.text()) or 0
from qualcoder import app as qc_app
from qualcoder import refi
QtWidgets.QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (qdpx, "qdpx"))

work = tempfile.mkdtemp()
project = os.path.join(work, "test.qda")
for sub in ("", "images", "audio", "video", "documents"):
    os.makedirs(os.path.join(project, sub), exist_ok=True)
conn = sqlite3.connect(os.path.join(project, "data.qda"))
main = open(os.path.join(SRC, "qualcoder", "__main__.py"), encoding="utf-8").read()
body = main[main.index("def new_project(self):"):]
body = body[: body.index("self.app.update_coder_names()")]
for call in re.findall(r'cur\.execute\(\s*((?:"[^"]*"\s*)+)\)', body):
    sql = "".join(re.findall(r'"([^"]*)"', call))
    if sql.startswith("CREATE TABLE"):
        conn.execute(sql)

# QualCoder's App, without its start-up (config files, AI, update check).
fake = qc_app.App.__new__(qc_app.App)
fake.conn = conn
fake.project_path = project
fake.settings = {"codername": "default", "directory": work, "ai_enable": "False", "fontsize": 10}
fake.ai = None
fake.ai_models = []
fake.project_events = types.SimpleNamespace(emit=lambda *a, **k: None, emit_table_changes=lambda *a, **k: None)
fake.write_config_ini = lambda *a, **k: None
fake.version = "test"
fake.update_coder_names()
conn.execute("INSERT INTO project VALUES(?,?,?,?,?,?,?,?,null,null,null)",
             ("v17", "2026-11-29 00:00:00", "", "test", 0, 0, "default", ""))
conn.commit()
log = QtWidgets.QTextEdit()
refi.RefiImport(fake, log, "qdc" if qdpx.endswith(".qdc") else "qdpx")
print("--- QualCoder's import log ---")
print(log.toPlainText())
cur = conn.cursor()
print("--- sources ---")
for id_, name, text in cur.execute("select id, name, fulltext from source"):
    print(id_, name, len(text or ""), "characters")
print("--- codes ---")
for cid, name, catid in cur.execute("select cid, name, catid from code_name"):
    print(cid, name, catid)
print("--- categories ---")
for catid, name, supercatid in cur.execute("select catid, name, supercatid from code_cat"):
    print(catid, name, supercatid)
print("--- codings: stored seltext vs the source text at pos0:pos1 ---")
texts = {i: t for i, t in conn.execute("select id, fulltext from source")}
ok = bad = 0
for cid, fid, seltext, pos0, pos1, memo in cur.execute(
        "select cid, fid, seltext, pos0, pos1, memo from code_text"):
    at = (texts.get(fid) or "")[pos0:pos1]
    if at == seltext:
        ok += 1
    else:
        bad += 1
        print("MISMATCH", fid, pos0, pos1, repr(seltext[:50]), repr(at[:50]))
print(f"codings whose text is at their position: {ok}, not: {bad}")
print("--- cases ---")
for row in cur.execute("select caseid, name from cases"):
    print(row)
print("case_text rows:", conn.execute("select count(*) from case_text").fetchone()[0])
shutil.rmtree(work)
