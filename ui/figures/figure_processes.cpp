#include "ui/figures/figure_processes.h"

#include "ui/figures/figure_canvas.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <atomic>
#include <cstdio>
#include <new>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

namespace loadscope {

namespace {

// Shared by every process: how many figures are drawn, and which are taken. Sized before any process knows its
// figure set (that needs an application): room for kCapacity figures, pages zero-filled and only mapped in when
// touched; a bigger set is refused.
class SharedProgress {
public:
    static constexpr std::size_t kCapacity = std::size_t{1} << 20;

    SharedProgress()
    {
        void* memory = ::mmap(nullptr, kBytes, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE, -1,
                              0);
        if (memory == MAP_FAILED)
            return;
        memory_ = memory;
        done_ = new (memory) std::atomic<std::size_t>(0);
        // Zero-filled: every flag reads false (lock-free atomics of bool are plain bytes).
        taken_ = reinterpret_cast<std::atomic<bool>*>(static_cast<char*>(memory) + sizeof(std::atomic<std::size_t>));
    }
    ~SharedProgress()
    {
        if (memory_)
            ::munmap(memory_, kBytes);
    }
    SharedProgress(const SharedProgress&) = delete;
    SharedProgress& operator=(const SharedProgress&) = delete;

    bool ok() const { return memory_ != nullptr; }
    bool take(std::size_t figure) { return figure < kCapacity && !taken_[figure].exchange(true); }
    std::size_t drawn() { return done_->fetch_add(1) + 1; }

private:
    static_assert(std::atomic<bool>::is_always_lock_free && sizeof(std::atomic<bool>) == 1);
    static constexpr std::size_t kBytes = sizeof(std::atomic<std::size_t>) + kCapacity;
    void* memory_ = nullptr;
    std::atomic<std::size_t>* done_ = nullptr;
    std::atomic<bool>* taken_ = nullptr;
};

// One process's share: its own application, set and canvas; the figures it takes.
struct Share {
    std::vector<QString> titles; // of every figure of the set; empty for those another process drew
    QString error;
    FigureSet set;
};

Share drawShare(const std::vector<TestAnalysis>& analyses, const QString& outDir, const FigureRenderOptions& options,
                SharedProgress* shared)
{
    Share share;
    share.set = figureSet(analyses);
    if (shared && share.set.figures.size() > SharedProgress::kCapacity) {
        share.error = QStringLiteral("Too many figures to share among processes: %1").arg(share.set.figures.size());
        return share;
    }
    share.error = makeFigureFolders(share.set, outDir); // every process: mkpath makes a folder once, whoever asks
    if (!share.error.isEmpty())
        return share;
    FigureCanvas canvas(options.size.logical());
    FigureRenderOptions mine = options;
    if (shared) {
        mine.take = [shared](std::size_t i) { return shared->take(i); };
        mine.progress = [shared, &options](std::size_t, std::size_t total, const FigureSpec& spec) {
            if (options.progress)
                options.progress(shared->drawn(), total, spec);
        };
    }
    const FigureRenderOutcome rendered = drawFigureFiles(share.set, canvas, outDir, mine);
    share.titles = rendered.titles;
    share.error = rendered.error;
    if (share.titles.size() != share.set.figures.size() && share.error.isEmpty())
        share.error = QStringLiteral("The figure set differs between processes");
    return share;
}

QString resultPath(const QTemporaryDir& folder, unsigned process)
{
    return folder.filePath(QStringLiteral("share-%1").arg(process));
}

// A forked process's share of the work, then its titles and error in `path`; never returns.
[[noreturn]] void runChild(const std::vector<TestAnalysis>& analyses, const QString& outDir,
                           const FigureRenderOptions& options, const FigureProcesses& processes, SharedProgress& shared,
                           const QString& path)
{
    int code = 1;
    try {
        const auto app = processes.makeApplication();
        const Share share = drawShare(analyses, outDir, options, &shared);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            QDataStream out(&file);
            out << share.error << static_cast<quint64>(share.titles.size());
            for (const QString& title : share.titles)
                out << title;
            code = file.flush() && out.status() == QDataStream::Ok ? 0 : 1;
        }
    } catch (...) {
        code = 1;
    }
    std::fflush(nullptr);
    ::_exit(code); // no destructors: they belong to the parent
}

// Merges a child's result into `titles`; its error, or one saying it failed.
QString collectChild(pid_t pid, const QString& path, std::vector<QString>& titles)
{
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("A drawing process ended without a result (%1)")
            .arg(WIFSIGNALED(status) ? QStringLiteral("signal %1").arg(WTERMSIG(status))
                                     : QStringLiteral("exit %1").arg(WEXITSTATUS(status)));
    QDataStream in(&file);
    QString error;
    quint64 count = 0;
    in >> error >> count;
    for (quint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QString title;
        in >> title;
        if (i < titles.size() && !title.isEmpty())
            titles[i] = title;
    }
    if (!error.isEmpty())
        return error;
    if (in.status() != QDataStream::Ok || WIFSIGNALED(status) || WEXITSTATUS(status) != 0)
        return QStringLiteral("A drawing process failed");
    return {};
}

} // namespace

FigureFilesOutcome writeFigureFilesInProcesses(const std::vector<TestAnalysis>& analyses, const QString& outDir,
                                               const FigureRenderOptions& options, const FigureProcesses& processes)
{
    FigureFilesOutcome outcome;
    SharedProgress shared;
    QTemporaryDir results;
    std::vector<std::pair<pid_t, QString>> children;
    std::fflush(nullptr); // nothing buffered before the fork may be written again by a child's exit
    if (processes.count > 1 && shared.ok() && results.isValid())
        for (unsigned k = 1; k < processes.count; ++k) {
            const QString path = resultPath(results, k);
            const pid_t pid = ::fork();
            if (pid == 0)
                runChild(analyses, outDir, options, processes, shared, path);
            if (pid > 0)
                children.emplace_back(pid, path);
        }
    const auto app = processes.makeApplication();
    Share share = drawShare(analyses, outDir, options, shared.ok() ? &shared : nullptr);
    for (const auto& [pid, path] : children) {
        const QString error = collectChild(pid, path, share.titles);
        if (share.error.isEmpty())
            share.error = error;
    }
    if (!share.error.isEmpty()) {
        outcome.error = share.error;
        return outcome;
    }
    return writeFigureIndex(share.set, share.titles, outDir, options.formats);
}

} // namespace loadscope
