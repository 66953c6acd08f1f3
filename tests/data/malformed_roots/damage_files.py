"""Damages to the folder: missing and empty files and folders, duplicates, other layouts and spellings, CSV and log
junk. One function per case, named as its folder; each damages a Root and records what must still load."""
import json, os, shutil

from malformed_root import CSV, EV, K, LOG, P, QOE, ST, TESTS, compact, one_per_line, user_dir


def missing_events_file(r):
    r.remove(EV)
    r.events[user_dir(K, 1)] = 0
    r.expect(EV, 0, "warning", "missing")


def missing_stats_file(r):
    r.remove(ST)
    r.qos[user_dir(K, 2)] = 0
    r.expect(ST, 0, "warning", "missing")


def missing_log_file(r):
    r.remove(LOG)
    r.failures[K] = 0
    r.expect(LOG, 0, "warning", "missing")


def missing_cpu_csv(r):
    r.remove(CSV)
    r.cpu[K] = 0
    r.expect(CSV, 0, "warning", "missing")


def missing_qoe_folder(r):
    r.remove(f"qoe/{K}")
    for k in [k for k in r.qoe if k.startswith(f"qoe/{K}/")]:
        r.qoe[k] = 0
    r.expect(f"qoe/{K}", 0, "warning", "no QoE cut files")


def batches_gone(r):
    r.batches = set()
    r.expect("dfs_final/batches.json", 0, "warning", "missing: batch numbers are unknown")


def missing_batches_file(r):
    r.remove("dfs_final/batches.json")
    batches_gone(r)


def missing_stats_folder(r):
    r.remove("stats")
    r.tests = set()
    r.expect("<root>", 0, "error", "no stats/ folder")


def missing_logs_folder(r):
    r.remove("logs")
    for t in TESTS:
        r.failures[t] = 0
        r.expect(f"logs/{t}.log", 0, "warning", "missing")


def missing_dfs_final_folder(r):
    r.remove("dfs_final")
    batches_gone(r)
    for t in TESTS:
        r.cpu[t] = 0
        r.expect(f"dfs_final/{t}-medianode.csv", 0, "warning", "missing")


def missing_qoe_root(r):
    r.remove("qoe")
    for k in r.qoe:
        r.qoe[k] = 0
    for t in TESTS:
        r.expect(f"qoe/{t}", 0, "warning", "no QoE cut files")


def user_folder_without_files(r):
    folder = user_dir(K, 2)
    r.remove(folder)
    r.write(folder + "/notes.txt", "the browser of this user never started\n")  # git keeps no empty folder
    r.events[folder] = r.qos[folder] = 0
    r.expect(folder + "/events.json", 0, "warning", "missing")
    r.expect(folder + "/stats.json", 0, "warning", "missing")


def zero_byte_events(r):
    r.write(EV, "")
    r.events[user_dir(K, 1)] = 0
    r.expect(EV, 0, "warning", "empty file")


def zero_byte_stats(r):
    r.write(ST, "")
    r.qos[user_dir(K, 2)] = 0
    r.expect(ST, 0, "warning", "empty file")


def zero_byte_qoe(r):
    r.write(QOE, "")
    r.qoe[QOE] = 0
    r.expect(QOE, 0, "warning", "empty file")


def zero_byte_cpu_csv(r):
    r.write(CSV, "")
    r.cpu[K] = 0
    r.expect(CSV, 0, "error", "no header line")


def zero_byte_log(r):
    r.write(LOG, "")
    r.expect(LOG, 0, "warning", "no \"Starting test with\" line")
    r.expect(LOG, 0, "warning", "no \"Saved result in\" line")


def zero_byte_batches(r):
    r.write("dfs_final/batches.json", "")
    r.batches = set()
    r.expect("dfs_final/batches.json", 1, "error", "not valid JSON")
    for t in TESTS:
        r.expect("dfs_final/batches.json", 0, "warning", "no entry for test " + t)


def utf8_byte_order_marks(r):
    for rel in (EV, ST, QOE, CSV, LOG, "dfs_final/batches.json"):
        r.write(rel, b"\xef\xbb\xbf" + r.read(rel, "rb"))


def crlf_line_ends(r):
    r.write(EV, one_per_line(r.read_json(EV)))
    for rel in (EV, CSV, LOG, f"logs/{P}.log"):
        r.write(rel, r.read(rel).replace("\n", "\r\n"))


def negative_and_epoch_times(r):
    items = r.read_json(EV)
    items.append(dict(items[-1], event="exception", timestamp="1969-12-31T23:59:58.000Z"))
    r.write(EV, one_per_line(items))
    r.events[user_dir(K, 1)] += 1  # a valid ISO time, before the epoch: kept
    rows = r.read(CSV).splitlines()
    rows.insert(3, "1960-01-01T00:00:00.000Z,0.5,0.5")
    r.write(CSV, "\n".join(rows) + "\n")
    r.cpu[K] += 1
    r.expect(CSV, 4, "warning", "not in time order")


def out_of_order_times(r):
    r.write(EV, compact(list(reversed(r.read_json(EV)))))
    r.write(ST, compact(list(reversed(r.read_json(ST)))))
    rows = r.read(CSV).splitlines()
    rows[4], rows[5] = rows[5], rows[4]
    r.write(CSV, "\n".join(rows) + "\n")
    r.expect(CSV, 6, "warning", "not in time order")


def duplicate_user_folders(r):
    shutil.copytree(r.full(user_dir(K, 1)), r.full(user_dir(K, "01")))
    r.events[user_dir(K, "01")] = r.events[user_dir(K, 1)]
    r.qos[user_dir(K, "01")] = r.qos[user_dir(K, 1)]
    r.expect(user_dir(K, 1), 0, "warning", "same user as " + user_dir(K, "01"))


def duplicate_user_in_both_layouts(r):
    shutil.copytree(r.full(user_dir(K, 2)), r.full(f"stats/{K}/s1/u2"))
    r.events[f"stats/{K}/s1/u2"] = r.events[user_dir(K, 2)]
    r.qos[f"stats/{K}/s1/u2"] = r.qos[user_dir(K, 2)]
    r.expect(f"stats/{K}/s1/u2", 0, "warning", "same user as " + user_dir(K, 2))


def unknown_event_names(r):
    items = r.read_json(EV)
    items.insert(4, dict(items[3], event="brandNewEvent"))
    items.insert(6, dict(items[3], event="streamTeleported", connection="sideways"))
    r.write(EV, compact(items))
    r.events[user_dir(K, 1)] += 2


def livekit_names_before_2024_06(r):
    renames = {"SignalConnected": "signalConnected", "Connected": "connectionCreated", "TrackSubscribed": "streamCreated",
               "Reconnecting": "sessionReconnecting", "Reconnected": "sessionReconnected"}
    for u in (1, 2):
        rel = user_dir(P, u) + "/events.json"
        r.write(rel, compact([dict(e, event=renames.get(e["event"], e["event"])) for e in r.read_json(rel)]))


def layout_2026(r):
    for t in TESTS:
        for u in (1, 2):
            for rel in (user_dir(t, u) + "/stats.json",):
                r.write(rel, compact([{("@timestamp" if k == "timestamp" else k): v for k, v in rec.items()} for rec in r.read_json(rel)]))
        os.rename(r.full(f"stats/{t}/LoadTestSession1"), r.full(f"stats/{t}/s1"))
        for u in (1, 2):
            os.rename(r.full(f"stats/{t}/s1/User{u}"), r.full(f"stats/{t}/s1/u{u}"))
            r.events[f"stats/{t}/s1/u{u}"] = r.events.pop(user_dir(t, u))
            r.qos[f"stats/{t}/s1/u{u}"] = r.qos.pop(user_dir(t, u))


def cpu_csv_junk_rows(r):
    rows = r.read(CSV).splitlines()
    rows[3:3] = ["garbage", "yesterday,0.5,0.5", rows[2].split(",")[0] + ",abc,0.5", "", "#,#,#"]
    r.write(CSV, "\n".join(rows) + "\n")
    r.expect(CSV, 4, "warning", "row has 1 cells")
    r.expect(CSV, 5, "warning", "\"yesterday\" is not an ISO 8601 time")
    r.expect(CSV, 6, "warning", "cpu or memory is not a number")
    r.expect(CSV, 8, "warning", "\"#\" is not an ISO 8601 time")


def cpu_csv_without_timestamp_column(r):
    r.write(CSV, r.read(CSV).replace("@timestamp,", "time,", 1))
    r.cpu[K] = 0
    r.expect(CSV, 1, "error", "no @timestamp column")


def log_junk_lines(r):
    lines = r.read(LOG).split("\n")
    start = next(i for i, l in enumerate(lines) if "Starting test with" in l)
    stamp = lines[start][:23]
    error = stamp + " ERROR 26390 --- [pool-2-thread-1] i.o.l.s.BrowserEmulatorClient            : "
    lines[start + 1:start + 1] = [error + "Participant User1 in session LoadTestSession1 failed 1 times",
                                  error + "Participant UserX in session LoadTestSession1 failed many times",
                                  "2024-13-45 99:00:00.000 ERROR 26390 --- [main] x : Participant User2 in session LoadTestSession1 failed 1 times",
                                  "\x01\x02 binary junk \x7f",
                                  error + "Participant User2 in session LoadTestSession1 failed 2 times"]
    r.write(LOG, "\n".join(lines))
    r.failures[K] += 2
    r.expect(LOG, start + 3, "warning", "failure line with a bad user, session or count")
    r.expect(LOG, start + 4, "warning", "does not parse")


def folder_where_a_file_belongs(r):
    r.remove(EV)
    r.write(EV + "/README", "events.json is a folder here; it must be reported, not read\n")
    r.events[user_dir(K, 1)] = 0
    r.expect(EV, 0, "error", "is a folder")


def qoe_file_with_odd_name(r):
    r.write(f"qoe/{K}/notes_cuts.json", "[]")
    r.expect(f"qoe/{K}/notes_cuts.json", 0, "warning", "name is not")


def test_without_user_folders(r):
    r.remove(f"stats/{K}/LoadTestSession1")
    r.write(f"stats/{K}/README", "no users\n")
    r.users[K] = set()
    for u in (1, 2):
        r.events[user_dir(K, u)] = r.qos[user_dir(K, u)] = 0
    r.expect(f"stats/{K}", 0, "warning", "no user folders")


def no_test_folders(r):
    r.remove("stats")
    r.write("stats/README", "no tests\n")
    r.tests = set()
    r.expect("stats", 0, "error", "no test folders under stats/")


def folder_that_is_not_a_user(r):
    shutil.copytree(r.full(user_dir(K, 1)), r.full(f"stats/{K}/LoadTestSession1/Userx"))
    r.expect(f"stats/{K}/LoadTestSession1/Userx", 0, "warning", "not a User<u>")


def batches_with_wrong_types(r):
    batches = r.read_json("dfs_final/batches.json")
    batches[K]["startingParticipants"] = "two"
    r.write("dfs_final/batches.json", json.dumps(batches))
    r.batches.discard(K)
    r.expect("dfs_final/batches.json", 0, "warning", "entry \"" + K + "\" needs whole numbers")
    r.expect("dfs_final/batches.json", 0, "warning", "no entry for test " + K)
