package br.com.nexus.app.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the JVM that owned the embedded PostgreSQL was killed, its postmaster keeps running on the
 * data directory and a new start would give up waiting for it. This stops such an orphan first:
 * a fast shutdown (SIGTERM flushes and closes cleanly), then a forced one if it lingers.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    private static final Duration ESPERA = Duration.ofSeconds(20);

    private StalePostmaster() {
    }

    static void stopIfRunning(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        Optional<Long> pid = readPid(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive)
                .filter(StalePostmaster::isPostgres);
        if (handle.isEmpty()) {
            return;
        }
        log.warn("Stopping an orphaned PostgreSQL (pid {}) left running on {}", pid.get(), dataDir);
        ProcessHandle postmaster = handle.get();
        postmaster.destroy();
        if (!waitForExit(postmaster)) {
            log.warn("PostgreSQL pid {} ignored SIGTERM; killing it", pid.get());
            postmaster.destroyForcibly();
            waitForExit(postmaster);
        }
    }

    private static boolean waitForExit(ProcessHandle handle) {
        try {
            handle.onExit().get(ESPERA.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return !handle.isAlive();
        }
    }

    private static boolean isPostgres(ProcessHandle handle) {
        return handle.info().command().map(c -> c.contains("postgres")).orElse(true);
    }

    private static Optional<Long> readPid(Path pidFile) {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
