package eu.nis2registry.exposure.service;

import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.common.error.ErrorDetail;
import eu.nis2registry.exposure.LeakImport;
import eu.nis2registry.exposure.LeakImportStatus;
import eu.nis2registry.exposure.parse.LeakFormat;
import eu.nis2registry.exposure.parse.LeakFormatException;
import eu.nis2registry.exposure.parse.LeakKind;
import eu.nis2registry.exposure.parse.LeakScanner;
import eu.nis2registry.exposure.parse.SupplierDomainIndex;
import eu.nis2registry.exposure.rest.ExposureDtos.ImportView;
import eu.nis2registry.exposure.rest.ExposureDtos.MatchedSupplier;
import eu.nis2registry.exposure.rest.ExposureDtos.Reject;
import eu.nis2registry.inventory.Organization;
import eu.nis2registry.security.CurrentUser;
import eu.nis2registry.security.scope.Scope;
import eu.nis2registry.security.trail.AuditTrail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Receives leak files: the body is streamed to a spool file (never held in memory), a CSV's header is checked
 * before anything is queued, and the job is queued for whichever instance claims it first.
 */
@ApplicationScoped
public class LeakImportService {

    private final LeakImportRunner runner;
    private final LeakKeys keys;
    private final Scope scope;
    private final CurrentUser user;
    private final AuditTrail trail;
    private final EntityManager em;
    private final Clock clock;

    public LeakImportService(LeakImportRunner runner, LeakKeys keys, Scope scope, CurrentUser user, AuditTrail trail,
            EntityManager em, Clock clock) {
        this.runner = runner;
        this.keys = keys;
        this.scope = scope;
        this.user = user;
        this.trail = trail;
        this.em = em;
        this.clock = clock;
    }

    public record UploadParameters(String format, String source, String kind, Long organizationId) {
    }

    public ImportView upload(UploadParameters parameters, InputStream body) {
        List<ErrorDetail> problems = new ArrayList<>();
        Optional<LeakFormat> format = parameters.format() == null ? Optional.empty()
                : LeakFormat.parse(parameters.format());
        if (format.isEmpty()) {
            problems.add(ErrorDetail.field("format", "must be one of ULP, CSV, JSONL"));
        }
        Optional<LeakKind> kind = parameters.kind() == null ? Optional.empty() : LeakKind.parse(parameters.kind());
        if (kind.isEmpty()) {
            problems.add(ErrorDetail.field("kind", "must be one of COMBOLIST, STEALER_LOG, BREACH"));
        }
        String source = parameters.source() == null ? "" : parameters.source().strip();
        if (source.isEmpty() || source.length() > 200 || source.chars().anyMatch(Character::isISOControl)) {
            problems.add(ErrorDetail.field("source", "name the feed or report the file comes from (1 to 200 characters)"));
        }
        Long organizationId = organizationOf(parameters.organizationId());
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("The import cannot start: " + problems.size() + " problem(s)", problems);
        }
        Path spooled = spool(body);
        try {
            if (format.get() == LeakFormat.CSV) {
                LeakScanner.builder().format(LeakFormat.CSV).defaultKind(kind.get()).importDate(LocalDate.now(clock))
                        .suppliers(SupplierDomainIndex.empty()).keys(keys.loginKey(), keys.passwordKey()).build()
                        .checkHeader(spooled);
            }
            long size = Files.size(spooled);
            LeakImport job = QuarkusTransaction.requiringNew().call(() -> {
                LeakImport created = new LeakImport();
                created.status = LeakImportStatus.QUEUED;
                created.format = format.get();
                created.kind = kind.get();
                created.source = source;
                created.organizationId = organizationId;
                created.uploadedBy = user.username();
                created.spoolFile = spooled.getFileName().toString();
                created.bytesTotal = size;
                created.createdAt = clock.instant();
                created.persist();
                trail.record("LEAK_IMPORT_QUEUED", "LeakImport", created.id, organizationId, null,
                        Map.of("format", created.format, "kind", created.kind, "source", source, "bytes", size));
                return created;
            });
            runner.wake();
            return view(job, List.of(), List.of());
        } catch (LeakFormatException e) {
            deleteQuietly(spooled);
            throw ApiException.invalid("The CSV file cannot be imported; nothing was stored",
                    List.of(ErrorDetail.line(1, e.getMessage())));
        } catch (IOException e) {
            deleteQuietly(spooled);
            throw new UncheckedIOException("cannot read the spooled upload", e);
        } catch (RuntimeException e) {
            deleteQuietly(spooled);
            throw e;
        }
    }

    /** The organisation the import is for: given, else the uploader's only one, else none (sector-wide). */
    private Long organizationOf(Long requested) {
        if (requested != null) {
            // As for any id outside the caller's scope: 404, the same answer whether it exists or not.
            if (!scope.canSee(requested) || Organization.findById(requested) == null) {
                throw ApiException.notFound("Organization");
            }
            return requested;
        }
        Set<Long> mine = user.organizationIds();
        return !user.seesAllOrganizations() && mine.size() == 1 ? mine.iterator().next() : null;
    }

    private Path spool(InputStream body) {
        try {
            Path dir = runner.spoolDir();
            Files.createDirectories(dir);
            String name = UUID.randomUUID() + ".leak";
            Path partial = dir.resolve(name + ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                body.transferTo(out);
            }
            return Files.move(partial, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ApiException(400, "upload_failed", "The upload was interrupted or could not be stored");
        }
    }

    public ImportView get(Long id) {
        LeakImport job = require(id);
        List<Reject> rejects = em.createQuery("select r.lineNumber, r.reason from LeakImportReject r where r.importId = :id"
                        + " order by r.lineNumber", Object[].class).setParameter("id", id).getResultList().stream()
                .map(row -> new Reject((Long) row[0], (String) row[1])).toList();
        List<MatchedSupplier> suppliers = em.createQuery("select s.supplierId, s.observations from LeakImportSupplier s"
                        + " where s.importId = :id order by s.supplierId", Object[].class).setParameter("id", id).getResultList()
                .stream().map(row -> new MatchedSupplier((Long) row[0], (Long) row[1])).toList();
        return view(job, rejects, suppliers);
    }

    public List<ImportView> list() {
        Optional<Set<Long>> visible = scope.visibleOrganizations();
        List<LeakImport> jobs = visible.isEmpty()
                ? LeakImport.list("order by id desc")
                : LeakImport.list("organizationId is null or organizationId in ?1", Sort.descending("id"),
                visible.get().isEmpty() ? Set.of(-1L) : visible.get());
        return jobs.stream().map(j -> view(j, null, null)).toList();
    }

    /** Imports are visible in the scope of the organisation they were made for; sector-wide ones to everyone. */
    private LeakImport require(Long id) {
        LeakImport job = id == null ? null : LeakImport.findById(id);
        if (job == null || (job.organizationId != null && !scope.canSee(job.organizationId))) {
            throw ApiException.notFound("Leak import");
        }
        return job;
    }

    private static ImportView view(LeakImport j, List<Reject> rejects, List<MatchedSupplier> suppliers) {
        return new ImportView(j.id, j.status, j.format, j.kind, j.source, j.organizationId, j.uploadedBy, j.linesRead,
                j.accepted, j.duplicates, j.unmatched, j.rejected, j.skipped, round(j.progress()), rejects, suppliers,
                j.errorMessage, j.createdAt, j.startedAt, j.finishedAt);
    }

    private static double round(double progress) {
        return Math.floor(progress * 1000) / 1000.0;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover spool file holds no more than the upload did and is removed by the next cleanup.
        }
    }
}
