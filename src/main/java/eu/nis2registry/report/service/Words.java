package eu.nis2registry.report.service;

import eu.nis2registry.audit.AuditStatus;
import eu.nis2registry.audit.finding.FindingStatus;
import eu.nis2registry.inventory.Access;
import eu.nis2registry.inventory.ContractClause;
import eu.nis2registry.inventory.Criticality;
import eu.nis2registry.inventory.DataCategory;
import eu.nis2registry.inventory.Nis2Category;
import eu.nis2registry.report.ReportMessages;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Values as a report prints them, in its language. Dates are ISO 8601 in every language (an auditor abroad
 * reads 2026-11-27 without doubt) and times are in UTC, said so; counts are grouped the local way.
 * One instance per report: the number format is not thread-safe.
 */
public final class Words {

    /** Tier names stay the API's (LOW..CRITICAL) in every language: they colour the badges and match the API. */
    public static final List<String> TIERS = List.of("LOW", "MEDIUM", "HIGH", "CRITICAL");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final ReportMessages m;
    private final NumberFormat numbers;

    public Words(ReportMessages messages, String language) {
        this.m = messages;
        this.numbers = NumberFormat.getIntegerInstance(Locale.forLanguageTag(language));
        this.numbers.setGroupingUsed(true);
    }

    public ReportMessages messages() {
        return m;
    }

    public String number(long n) {
        return numbers.format(n);
    }

    /** One decimal at most, in the report's notation: 87.5 or 87,5. */
    public String decimal(double value) {
        NumberFormat f = (NumberFormat) numbers.clone();
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(value == Math.rint(value) ? 0 : 1);
        return f.format(value);
    }

    public String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public String date(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }

    public String dateTime(Instant instant) {
        return instant == null ? null : DATE_TIME.format(instant);
    }

    /** The text, or the localised "not provided" when it is missing or blank. */
    public String orNotProvided(String text) {
        return text == null || text.isBlank() ? m.notProvided() : text;
    }

    /** Sorted, comma-separated; "none" for an empty list. */
    public String list(Collection<String> items) {
        if (items == null || items.isEmpty()) {
            return m.none();
        }
        return items.stream().sorted().collect(Collectors.joining(", "));
    }

    public String nis2(Nis2Category category) {
        if (category == null) {
            return m.notProvided();
        }
        return switch (category) {
            case ESSENTIAL -> m.nis2Essential();
            case IMPORTANT -> m.nis2Important();
            case NONE -> m.nis2None();
        };
    }

    public String access(Access access) {
        if (access == null) {
            return m.notProvided();
        }
        return switch (access) {
            case NONE -> m.accessNone();
            case USER -> m.accessUser();
            case PRIVILEGED -> m.accessPrivileged();
        };
    }

    public String criticality(Criticality criticality) {
        if (criticality == null) {
            return m.notProvided();
        }
        return switch (criticality) {
            case LOW -> m.criticalityLow();
            case MEDIUM -> m.criticalityMedium();
            case HIGH -> m.criticalityHigh();
            case CRITICAL -> m.criticalityCritical();
        };
    }

    /** In the enum's order (health first), so that the same set always reads the same. */
    public String dataCategories(Collection<DataCategory> categories) {
        if (categories == null || categories.isEmpty()) {
            return m.none();
        }
        EnumSet<DataCategory> sorted = EnumSet.copyOf(categories);
        return sorted.stream().map(this::dataCategory).collect(Collectors.joining(", "));
    }

    public String dataCategory(DataCategory category) {
        return switch (category) {
            case HEALTH -> m.dataHealth();
            case PERSONAL -> m.dataPersonal();
            case CREDENTIALS -> m.dataCredentials();
            case FINANCIAL -> m.dataFinancial();
        };
    }

    public String clauses(Collection<ContractClause> clauses) {
        if (clauses == null || clauses.isEmpty()) {
            return m.none();
        }
        return EnumSet.copyOf(clauses).stream().map(this::clause).collect(Collectors.joining(", "));
    }

    public String clause(ContractClause clause) {
        return switch (clause) {
            case SECURITY_REQUIREMENTS -> m.clauseSecurityRequirements();
            case SKILLS_AND_TRAINING -> m.clauseSkillsAndTraining();
            case BACKGROUND_CHECKS -> m.clauseBackgroundChecks();
            case INCIDENT_NOTIFICATION -> m.clauseIncidentNotification();
            case AUDIT_RIGHT -> m.clauseAuditRight();
            case VULNERABILITY_HANDLING -> m.clauseVulnerabilityHandling();
            case SUBCONTRACTING -> m.clauseSubcontracting();
            case TERMINATION -> m.clauseTermination();
        };
    }

    public String auditStatus(AuditStatus status) {
        return switch (status) {
            case DRAFT -> m.statusDraft();
            case SUBMITTED -> m.statusSubmitted();
            case APPROVED -> m.statusApproved();
            case REJECTED -> m.statusRejected();
        };
    }

    public String findingStatus(FindingStatus status) {
        return switch (status) {
            case OPEN -> m.findingOpen();
            case RESOLVED -> m.findingResolved();
            case ACCEPTED -> m.findingAccepted();
        };
    }

    /** A leak kind as the exposure buckets name it; an unknown name is printed as it is. */
    public String leakKind(String kind) {
        if (kind == null) {
            return m.notProvided();
        }
        return switch (kind) {
            case "COMBOLIST" -> m.kindCombolist();
            case "STEALER_LOG" -> m.kindStealerLog();
            case "STEALER_LOG_WITH_COOKIES" -> m.kindStealerLogCookies();
            case "BREACH" -> m.kindBreach();
            default -> kind;
        };
    }

    /** A risk model component by its name (INHERENT, CONTROLS, EXPOSURE, FLOOR). */
    public String component(String component) {
        if (component == null) {
            return m.notProvided();
        }
        return switch (component) {
            case "INHERENT" -> m.componentInherent();
            case "CONTROLS" -> m.componentControls();
            case "EXPOSURE" -> m.componentExposure();
            case "FLOOR" -> m.componentFloor();
            default -> component;
        };
    }
}
