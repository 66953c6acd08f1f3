#pragma once
// The inspector's QoE cuts: one row per cut of the user as receiver or sender, with a column for every score the
// test's cuts hold (VMAF and ViSQOL × 5 as plotted, the others as written: MS-SSIM, PSNR in dB, PESQ as a MOS...),
// and a Note where a value may be a failed measurement rather than bad quality (qoe_scores.h); and the senders whose
// pair with this user has no cuts file at all (missing_qoe_cuts.h: a rejected recording).
#include "core/analysis/test_analysis.h"

#include <QString>
#include <QStringList>

class QStandardItemModel;

namespace loadscope {

// Start, End, Role, Other user, Cut, VMAF, ViSQOL, the test's other scores ("PSNR (dB)"), Note. `a` may be null.
QStringList qoeCutHeaders(const TestAnalysis* a);

// Replaces `model`'s columns and rows with the cuts of `user` (receiver or sender).
void fillQoeCuts(QStandardItemModel* model, const TestAnalysis& a, int user);

// "No cuts file for this pair: User1-1 → User2-1 (51 s together) ..." naming each sender; empty when none.
QString missingQoeCutsText(const TestAnalysis& a, int user);

} // namespace loadscope
