"""Damages inside files: cut short, wrong types, odd numbers and encodings, oversized items. One function per
case, named as its folder; each damages a Root and records what must still load and which problems it gives."""
import json

from malformed_root import CSV, EV, K, QOE, ST, TESTS, compact, entry_rows, line_of, one_per_line, record_rows, user_dir


def clean(r):
    pass


def events_cut_inside_item(r):
    items = r.read_json(EV)
    text = one_per_line(items)
    cut = text.index(compact(items[5])) + 40
    r.write(EV, text[:cut])
    r.events[user_dir(K, 1)] = 5
    r.expect(EV, 7, "warning", "the file ends inside an item")


def events_cut_after_comma(r):
    items = r.read_json(EV)
    text = one_per_line(items[:8]) .rstrip("\n]") + ",\n"
    r.write(EV, text)
    r.events[user_dir(K, 1)] = 8
    r.expect(EV, line_of(text, len(text)), "warning", "the array is not closed")


def events_cut_inside_string(r):
    text = r.read(EV)
    at = text.index('"timestamp":"', text.index('"timestamp":"', text.index('"timestamp":"', text.index('"timestamp":"') + 1) + 1) + 1) + 20
    r.write(EV, text[:at])
    r.events[user_dir(K, 1)] = 3
    r.expect(EV, 1, "warning", "the file ends inside an item")


def stats_cut_inside_record(r):
    records = r.read_json(ST)
    text = compact(records)
    r.write(ST, text[:len(compact(records[:1])) + len(compact(records[1])) // 2])
    r.qos[user_dir(K, 2)] = record_rows(records[0])
    r.expect(ST, 1, "warning", "the file ends inside an item")


def stats_cut_between_records(r):
    records = r.read_json(ST)
    r.write(ST, compact(records[:1])[:-1] + ",")
    r.qos[user_dir(K, 2)] = record_rows(records[0])
    r.expect(ST, 1, "warning", "the array is not closed")


def qoe_cut_inside_row(r):
    rows = r.read_json(QOE)
    text = one_per_line(rows)
    r.write(QOE, text[:text.index(compact(rows[1])) + 10])
    r.qoe[QOE] = 1
    r.expect(QOE, 3, "warning", "the file ends inside an item")


def batches_cut(r):
    text = r.read("dfs_final/batches.json")
    r.write("dfs_final/batches.json", text[:len(text) // 2])
    r.batches = set()
    r.expect("dfs_final/batches.json", 1, "error", "not valid JSON")
    for t in TESTS:
        r.expect("dfs_final/batches.json", 0, "warning", "no entry for test " + t)


def event_field_of_another_type(r, index, key, value, says):
    """Item `index` of User1's events.json (one item per line) gets `key` = `value`: the event is skipped."""
    items = r.read_json(EV)
    items[index][key] = value
    r.write(EV, one_per_line(items))
    r.events[user_dir(K, 1)] -= 1
    r.expect(EV, index + 2, "warning", says)


def event_timestamp_is_a_number(r):
    event_field_of_another_type(r, 3, "timestamp", 5, "`timestamp` is a number")


def event_name_is_a_number(r):
    event_field_of_another_type(r, 2, "event", 42, "`event` is a number")


def qoe_vmaf_is_a_string(r):
    rows = r.read_json(QOE)
    rows[1]["vmaf"] = "x"
    r.write(QOE, one_per_line(rows))
    r.qoe[QOE] -= 1
    r.expect(QOE, 3, "warning", "`vmaf` is a string")


def stats_timestamp_is_a_number(r):
    records = r.read_json(ST)
    records[0]["timestamp"] = 5
    r.write(ST, one_per_line(records))
    r.qos[user_dir(K, 2)] -= record_rows(records[0])
    r.expect(ST, 2, "warning", "`timestamp` is a number")


def stats_peer_id_is_a_number(r):
    records = r.read_json(ST)
    entry = next(e for e in records[1]["webrtcStats"] if entry_rows(e) > 0)
    r.qos[user_dir(K, 2)] -= entry_rows(entry)
    entry["peerId"] = 7
    r.write(ST, one_per_line(records))
    r.expect(ST, 3, "warning", "`peerId` is not a string")


def stats_webrtcstats_not_an_array(r):
    records = r.read_json(ST)
    r.qos[user_dir(K, 2)] -= record_rows(records[1])
    records[1]["webrtcStats"] = "x"
    r.write(ST, one_per_line(records))
    r.expect(ST, 3, "warning", "`webrtcStats` is not an array")


def nan_infinity_1e400(r):
    records = r.read_json(ST)
    reports = [rep for e in records[0]["webrtcStats"] if entry_rows(e) for rep in e["data"]["audio"]["outbound"] + e["data"]["video"]["outbound"]]
    reports[0]["targetBitrate"] = float("nan")
    reports[0]["totalPacketSendDelay"] = float("inf")
    reports[-1]["packetsSent"] = float("-inf")
    text = json.dumps(records, separators=(",", ":")).replace('"totalPacketSendDelay":Infinity', '"totalPacketSendDelay":1e400', 1)
    r.write(ST, text)
    # Not JSON (issue 14): each such stats.json number is a problem on its line and its value is left out.
    r.expect(ST, 1, "warning", "`targetBitrate` is NaN, not a finite JSON number")
    r.expect(ST, 1, "warning", "`totalPacketSendDelay` is 1e400, not a finite JSON number")
    r.expect(ST, 1, "warning", "`packetsSent` is -Infinity, not a finite JSON number")
    rows = r.read(CSV).splitlines()
    rows[3] = rows[3].split(",")[0] + ",NaN,1e400"
    r.write(CSV, "\n".join(rows) + "\n")


def events_not_an_array(r):
    r.write(EV, compact(r.read_json(EV)[0]))
    r.events[user_dir(K, 1)] = 0
    r.expect(EV, 1, "error", "expected a JSON array")


def events_utf16(r):
    r.write(EV, r.read(EV).encode("utf-16"))
    r.events[user_dir(K, 1)] = 0
    r.expect(EV, 0, "error", "UTF-16")


def events_invalid_utf8(r):
    items = r.read_json(EV)
    text = one_per_line(items).encode()
    at = text.index(compact(items[2]).encode()) + 20
    r.write(EV, text[:at] + b"\xff\xfe" + text[at:])
    r.events[user_dir(K, 1)] -= 1
    r.expect(EV, 4, "error", "UTF-8")


def event_too_large(r):
    items = r.read_json(EV)
    items[1]["reason"] = "x" * (65 * 1024)
    r.write(EV, one_per_line(items))
    r.events[user_dir(K, 1)] -= 1
    r.expect(EV, 3, "warning", "over the limit")


def text_after_the_array(r):
    r.write(EV, one_per_line(r.read_json(EV)) + "garbage\n")
    r.expect(EV, line_of(r.read(EV), len(r.read(EV)) - 8), "warning", "text after the end of the array")
