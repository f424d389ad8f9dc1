package eu.nis2registry.audit.service;

import eu.nis2registry.audit.Audit;
import eu.nis2registry.audit.AuditConfig;
import eu.nis2registry.audit.AuditStatus;
import eu.nis2registry.audit.Evidence;
import eu.nis2registry.audit.questionnaire.Questionnaire;
import eu.nis2registry.audit.rest.AuditDtos.EvidenceView;
import eu.nis2registry.common.config.RegistryConfig;
import eu.nis2registry.common.crypto.Hashes;
import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.common.error.ErrorDetail;
import eu.nis2registry.security.CurrentUser;
import eu.nis2registry.security.trail.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Evidence files: checked by their bytes (not by what the browser claims), kept once under their SHA-256 in
 * the data folder, served back only inside the audit's scope.
 */
@ApplicationScoped
public class EvidenceService {

    private final AuditService audits;
    private final QuestionnaireService questionnaires;
    private final AuditConfig config;
    private final RegistryConfig storage;
    private final CurrentUser user;
    private final AuditTrail trail;
    private final Clock clock;

    public EvidenceService(AuditService audits, QuestionnaireService questionnaires, AuditConfig config,
            RegistryConfig storage, CurrentUser user, AuditTrail trail, Clock clock) {
        this.audits = audits;
        this.questionnaires = questionnaires;
        this.config = config;
        this.storage = storage;
        this.user = user;
        this.trail = trail;
        this.clock = clock;
    }

    public record StoredFile(Path path, String filename, String contentType, long size) {
    }

    @Transactional
    public EvidenceView upload(Long auditId, String questionId, String filename, Path upload) {
        Audit audit = audits.requireEditable(auditId);
        Questionnaire questionnaire = questionnaires.pinned(audit.questionnaireSha256);
        long size = sizeOf(upload);
        java.util.ArrayList<ErrorDetail> problems = new java.util.ArrayList<>();
        if (questionId == null || questionId.isBlank()) {
            problems.add(ErrorDetail.field("questionId", "required"));
        } else if (questionnaire.question(questionId).filter(q -> q.appliesTo(AuditService.profileOf(audit.engagement))).isEmpty()) {
            problems.add(ErrorDetail.question(questionId, "no question '" + questionId + "' that applies to this engagement"));
        }
        if (size == 0) {
            problems.add(ErrorDetail.field("file", "the file is empty"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        if (size > config.evidenceMaxBytes()) {
            throw new ApiException(413, "payload_too_large", "Evidence files may be at most "
                    + (config.evidenceMaxBytes() / (1024 * 1024)) + " MB", List.of(ErrorDetail.field("file", size + " bytes")));
        }
        String safeName = safeFilename(filename);
        String contentType = detect(upload, safeName).orElseThrow(() -> new ApiException(415, "unsupported_evidence_type",
                "Evidence must be a PDF, an image (PNG, JPEG, GIF), plain text or an office document (docx, xlsx, pptx, odt, ods)",
                List.of(ErrorDetail.field("file", "the content of " + safeName + " is none of these"))));
        String sha256 = store(upload);
        Evidence evidence = new Evidence();
        evidence.auditId = audit.id;
        evidence.questionId = questionId;
        evidence.sha256 = sha256;
        evidence.filename = safeName;
        evidence.size = size;
        evidence.contentType = contentType;
        evidence.uploadedBy = user.username();
        evidence.uploadedAt = clock.instant();
        evidence.persist();
        reopen(audit);
        trail.record("EVIDENCE_ADDED", "Audit", audit.id, audit.organizationId, null,
                Map.of("evidenceId", evidence.id, "questionId", questionId, "filename", safeName, "sha256", sha256, "size", size));
        return view(evidence);
    }

    public StoredFile download(Long auditId, Long evidenceId) {
        Audit audit = audits.require(auditId);
        Evidence evidence = Evidence.<Evidence>find("id = ?1 and auditId = ?2", evidenceId, audit.id).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Evidence"));
        Path path = pathOf(evidence.sha256);
        if (!Files.exists(path)) {
            throw new ApiException(410, "evidence_missing", "The evidence file is missing from storage; restore it from a backup");
        }
        return new StoredFile(path, evidence.filename, evidence.contentType, evidence.size);
    }

    @Transactional
    public void delete(Long auditId, Long evidenceId) {
        Audit audit = audits.requireEditable(auditId);
        Evidence evidence = Evidence.<Evidence>find("id = ?1 and auditId = ?2", evidenceId, audit.id).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Evidence"));
        evidence.delete();
        reopen(audit);
        trail.record("EVIDENCE_REMOVED", "Audit", audit.id, audit.organizationId,
                Map.of("evidenceId", evidenceId, "filename", evidence.filename, "sha256", evidence.sha256), null);
    }

    /** Changing a rejected audit's evidence is reworking it, as changing its answers is: it becomes a draft again. */
    private void reopen(Audit audit) {
        if (audit.status == AuditStatus.REJECTED) {
            audit.status = AuditStatus.DRAFT;
        }
        audit.updatedAt = clock.instant();
    }

    static EvidenceView view(Evidence e) {
        return new EvidenceView(e.id, e.questionId, e.sha256, e.filename, e.size, e.contentType, e.uploadedBy, e.uploadedAt);
    }

    /** Content-addressed: the same bytes are kept once, and a file never changes after it is written. */
    private String store(Path upload) {
        try {
            Path dir = storage.dataDir().resolve("evidence");
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "upload-", ".tmp");
            MessageDigest digest = Hashes.sha256();
            try (InputStream in = Files.newInputStream(upload);
                 OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
                in.transferTo(out);
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            Path target = pathOf(sha256);
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.delete(temp);
            } else {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return sha256;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store evidence", e);
        }
    }

    public Path pathOf(String sha256) {
        return evidencePath(storage.dataDir(), sha256);
    }

    /** Where the evidence file with this SHA-256 lives under a data folder (backups keep the same layout). */
    public static Path evidencePath(Path dataDir, String sha256) {
        return dataDir.resolve("evidence").resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private static long sizeOf(Path upload) {
        try {
            return upload == null ? 0 : Files.size(upload);
        } catch (IOException e) {
            return 0;
        }
    }

    static String safeFilename(String filename) {
        String name = filename == null ? "" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c) && c != '"')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "evidence";
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    /** The type the bytes show, when it is one evidence may have. */
    static Optional<String> detect(Path file, String filename) {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return Optional.empty();
        }
        String extension = filename.contains(".") ? filename.substring(filename.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (startsWith(head, n, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("application/pdf");
        }
        if (startsWith(head, n, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a})) {
            return Optional.of("image/png");
        }
        if (startsWith(head, n, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(head, n, "GIF87a".getBytes(StandardCharsets.US_ASCII)) || startsWith(head, n, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("image/gif");
        }
        if (startsWith(head, n, new byte[] {'P', 'K', 3, 4})) {
            return Optional.ofNullable(switch (extension) {
                case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                case "pptx" -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
                case "odt" -> "application/vnd.oasis.opendocument.text";
                case "ods" -> "application/vnd.oasis.opendocument.spreadsheet";
                default -> null;
            });
        }
        return isText(file) ? Optional.of(extension.equals("csv") ? "text/csv" : "text/plain") : Optional.empty();
    }

    private static boolean isText(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            for (byte b : bytes) {
                if (b == 0) {
                    return false;
                }
            }
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] head, int length, byte[] magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
