#pragma once
// How one test's tables are put together from what its files gave, and the test-level problems that go with it.
// A full load (results_loader) and follow (core/follow) both assemble tests with these, so they say the same
// thing in the same words about the same folder.
#include "core/load/results_layout.h"
#include "core/load/results_report_reader.h"
#include "core/model/problem.h"
#include "core/model/results.h"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace loadscope {

// A test's tables before any file is read: what its name says, and its batches (when batches.json has them).
TestData beginTest(const std::string& name, const std::map<std::string, Batches>& batches, ProblemList& problems);

// The index in data.users of the user whose files `folder` holds: a new user, or the last one when the folder is
// the same user's as the previous folder (findUserFolders sorts them together; their files are merged).
int placeUserFolder(TestData& data, const UserFolder& folder, ProblemList& problems);

// A test without user folders, or without QoE cut files, is still shown; these say so.
void checkTestHasUserFolders(const std::string& test, std::size_t folders, ProblemList& problems);
void checkTestHasQoeFiles(const std::string& test, std::size_t files, ProblemList& problems);

// A QoE file whose name does not say session, receiver and sender is ignored, with this warning.
void warnUnnamedQoeFile(const std::string& file, ProblemList& problems);

// Each user's events and browser errors in time order (stable: equal times keep their files' order).
void sortUserRecordsByTime(TestData& data);

// What batches.json says about the tests read: missing (when there are tests), or no entry for one of them.
// `parsed` is null when the file was not read or did not parse (its own problems say why).
void checkBatchesCoverTests(bool fileExists, const std::map<std::string, Batches>* parsed,
                            const std::vector<std::string>& tests, ProblemList& problems);

// The controller's test-case reports read (file name, blocks; results_report_reader.h), each test's log checked
// against the block that starts with it.
using ReadReports = std::vector<std::pair<std::string, std::vector<TestCaseReport>>>;
void checkLogsAgainstReports(const ReadReports& reports, const std::vector<TestData>& tests, ProblemList& problems);

} // namespace loadscope
