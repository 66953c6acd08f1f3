#!/usr/bin/python3
"""Writes one small malformed results root per kind of damage next to this script, and expected.json.

base/ is a tiny generated root, trimmed (stats.json keeps its first record, two in the one the stats cases damage), committed once:
    python3 make_malformed_roots.py --generate-base path/to/loadscope-cli
(`loadscope-cli generate OUT --seed 5 --tests kurento-2p pion-2p --sessions 1 --duration 30`). Without the
option the script starts from the committed base/. Each case is a copy of base/ with one damage applied.

expected.json, per case: the problems the loader must give (file relative to the case root, 1-based line or 0,
"error" or "warning", a substring of the message) and the counts that must still load (tests, users, events,
QoS rows, QoE rows, CPU rows, log failures, batches entries). The counts come from this script's own reading of
what it wrote (Python's json module and the format rules of ../../../docs/results-format.md), never from
the C++ code. Cases git cannot hold (a symlink loop, an unreadable file, multi-GB files) are made at run time by
tests/core/robustness. Deterministic: run it again and git diff shows nothing.
"""
import json, os, sys

sys.dont_write_bytecode = True  # no __pycache__ next to the committed data
from damage_contents import *  # noqa: F401,F403 (the case functions)
from damage_files import *  # noqa: F401,F403
from malformed_root import HERE, Root, generate_base


CASES = [clean, events_cut_inside_item, events_cut_after_comma, events_cut_inside_string, stats_cut_inside_record,
         stats_cut_between_records, qoe_cut_inside_row, batches_cut, event_timestamp_is_a_number, event_name_is_a_number,
         qoe_vmaf_is_a_string, stats_timestamp_is_a_number, stats_peer_id_is_a_number, stats_webrtcstats_not_an_array,
         missing_events_file, missing_stats_file, missing_log_file, missing_cpu_csv, missing_qoe_folder,
         missing_batches_file, missing_stats_folder, missing_logs_folder, missing_dfs_final_folder, missing_qoe_root,
         user_folder_without_files, zero_byte_events, zero_byte_stats, zero_byte_qoe, zero_byte_cpu_csv, zero_byte_log,
         zero_byte_batches, utf8_byte_order_marks, crlf_line_ends, nan_infinity_1e400, negative_and_epoch_times,
         out_of_order_times, duplicate_user_folders, duplicate_user_in_both_layouts, unknown_event_names,
         livekit_names_before_2024_06, layout_2026, cpu_csv_junk_rows, cpu_csv_without_timestamp_column, log_junk_lines,
         events_not_an_array, events_utf16, events_invalid_utf8, event_too_large, folder_where_a_file_belongs,
         qoe_file_with_odd_name, test_without_user_folders, no_test_folders, folder_that_is_not_a_user,
         batches_with_wrong_types, text_after_the_array]


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--generate-base":
        generate_base(sys.argv[2])
    expected = {}
    for case in CASES:
        root = Root(case.__name__)
        case(root)
        expected[case.__name__] = root.expected()
    with open(os.path.join(HERE, "expected.json"), "w") as f:
        json.dump(expected, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
