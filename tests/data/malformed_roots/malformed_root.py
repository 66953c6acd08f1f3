"""A malformed results root being written by make_malformed_roots.py: a copy of base/, and the per-file counts
the loader must still find in it, kept by the damage functions as they change files."""
import json, os, shutil, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(HERE, "base")
K = "loadtest-webrtc-2024-kurento-2p"
P = "loadtest-webrtc-2024-pion-2p"
TESTS = (K, P)


def user_dir(test, user, session="LoadTestSession1"):
    return f"stats/{test}/{session}/User{user}"


def compact(value):
    return json.dumps(value, separators=(",", ":"))


def one_per_line(items):
    """A JSON array with one item per line: item i starts on line i + 2."""
    return "[\n" + ",\n".join(compact(i) for i in items) + "\n]\n"


def line_of(text, offset):
    return text.count("\n", 0, offset) + 1


# ---- the base and its counts ---------------------------------------------------------------------------------

def generate_base(cli):
    tmp = os.path.join(HERE, "base.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    subprocess.run([cli, "generate", tmp, "--seed", "5", "--tests", "kurento-2p", "pion-2p", "--sessions", "1",
                    "--duration", "30", "--threads", "1"], check=True, stdout=subprocess.DEVNULL)
    for folder, _, files in os.walk(os.path.join(tmp, "stats")):
        if "stats.json" in files:
            path = os.path.join(folder, "stats.json")
            with open(path) as f:
                records = json.load(f)
            keep = 2 if folder.endswith(f"{K}/LoadTestSession1/User2") else 1  # the stats cases damage that one
            with open(path, "w") as f:
                f.write(compact(records[:keep]))
    shutil.rmtree(BASE, ignore_errors=True)
    os.rename(tmp, BASE)


def entry_rows(entry):
    """QoS rows of one webrtcStats entry: every RTCStats object in data.{audio,video}.{inbound,outbound} and
    data.remote.{audio,video}.{inbound,outbound}, for entries with event "stats" and a string peerId."""
    if not isinstance(entry, dict) or entry.get("event") != "stats" or not isinstance(entry.get("peerId"), str):
        return 0
    data = entry.get("data")
    if not isinstance(data, dict):
        return 0
    rows = 0
    for part in (data, data.get("remote") if isinstance(data.get("remote"), dict) else {}):
        for kind in ("audio", "video"):
            lists = part.get(kind)
            if isinstance(lists, dict):
                for direction in ("inbound", "outbound"):
                    items = lists.get(direction)
                    if isinstance(items, list):
                        rows += sum(isinstance(i, dict) for i in items)
    return rows


def record_rows(record):
    return sum(entry_rows(e) for e in record["webrtcStats"])


class Root:
    """A case being written: its folder, and the per-file counts the loader must still find."""

    def __init__(self, name):
        self.name = name
        self.path = os.path.join(HERE, name)
        shutil.rmtree(self.path, ignore_errors=True)
        shutil.copytree(BASE, self.path)
        self.events, self.qos, self.qoe, self.cpu, self.failures = {}, {}, {}, {}, {}
        self.users = {t: {(1, 1), (1, 2)} for t in TESTS}
        self.tests = set(TESTS)
        self.batches = set(self.read_json("dfs_final/batches.json"))  # tests with a batches entry
        for t in TESTS:
            for u in (1, 2):
                self.events[user_dir(t, u)] = len(self.read_json(user_dir(t, u) + "/events.json"))
                self.qos[user_dir(t, u)] = sum(record_rows(r) for r in self.read_json(user_dir(t, u) + "/stats.json"))
            self.cpu[t] = len(self.read(f"dfs_final/{t}-medianode.csv").splitlines()) - 1
            self.failures[t] = self.read(f"logs/{t}.log").count(" failed ")
            for name in sorted(os.listdir(os.path.join(self.path, "qoe", t))):
                self.qoe[f"qoe/{t}/{name}"] = len(self.read_json(f"qoe/{t}/{name}"))
        self.problems = []

    def full(self, rel):
        return os.path.join(self.path, rel)

    def read(self, rel, mode="r"):
        with open(self.full(rel), mode) as f:
            return f.read()

    def read_json(self, rel):
        return json.loads(self.read(rel))

    def write(self, rel, content):
        os.makedirs(os.path.dirname(self.full(rel)), exist_ok=True)
        data = content if isinstance(content, bytes) else content.encode()
        with open(self.full(rel), "wb") as f:
            f.write(data)

    def remove(self, rel):
        p = self.full(rel)
        shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)

    def expect(self, file, line, severity, says):
        self.problems.append({"file": file, "line": line, "severity": severity, "says": says})

    def expected(self):
        live = lambda key: key.split("/")[1] in self.tests
        return {"tests": len(self.tests), "users": sum(len(self.users[t]) for t in self.tests),
                "events": sum(n for k, n in self.events.items() if live(k)),
                "qos_rows": sum(n for k, n in self.qos.items() if live(k)),
                "qoe_rows": sum(n for k, n in self.qoe.items() if live(k)),
                "cpu_rows": sum(self.cpu[t] for t in self.tests),
                "failures": sum(self.failures[t] for t in self.tests),
                "batches": len(self.batches & self.tests), "problems": self.problems,
                "qos_rows_by_user_folder": {k: n for k, n in sorted(self.qos.items()) if live(k)}}


# The files most cases damage.
EV = user_dir(K, 1) + "/events.json"
ST = user_dir(K, 2) + "/stats.json"
QOE = f"qoe/{K}/v-LoadTestSession1-User1-User2_cuts.json"
CSV = f"dfs_final/{K}-medianode.csv"
LOG = f"logs/{K}.log"
