#pragma once
// Data for the Quality panel tests: a hand-built TestData, a generated results folder (loadscope-cli generate,
// loaded with loadResults), the bundled sample, and quality.csv's user rows keyed by metric and id.
#include "core/model/results.h"
#include "core/quality/qoo.h"
#include "core/quality/quality_attenuation.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <utility>

namespace loadscope::testing {

// Users (session, user): (1,1) (1,2) (2,1).
// RTT   user 0: 0.1, 0.2 (audio), 0.3 (video); user 1: NaN and 0 only (skipped); user 2: 20 s (a loss), 0.05.
// Jitter user 1: 0.01, 0.02.
TestData handBuiltTest();
// Three users and QoS rows, but no RTT / jitter value above 0.
TestData testWithoutLatencies();

// Runs loadscope-cli generate into `root`, then loads it. nullopt (and the reason in `error`) on failure.
std::optional<Results> generateAndLoad(const QString& root, QString* error);
std::optional<Results> loadSample(QString* error);

// quality.csv of one test: the user rows, keyed by (metric, id), each row's cells by column name.
using CsvRow = std::map<QString, QString>;
std::map<std::pair<QString, QString>, CsvRow> qualityCsvUserRows(const TestData& test, QualityMode mode);

// Relative closeness of a number to a golden's text; NaN only matches "nan" (an empty quality.csv cell).
bool nearlyEqual(double actual, const QString& expectedText, double relative);
// Every field equal, numbers exactly.
bool sameRequirement(const QooRequirement& a, const QooRequirement& b);

} // namespace loadscope::testing
