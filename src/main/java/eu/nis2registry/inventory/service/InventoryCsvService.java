package eu.nis2registry.inventory.service;

import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.common.error.ErrorDetail;
import eu.nis2registry.common.text.EnterpriseNumbers;
import eu.nis2registry.common.text.Hostnames;
import eu.nis2registry.inventory.Access;
import eu.nis2registry.inventory.ContractClause;
import eu.nis2registry.inventory.Criticality;
import eu.nis2registry.inventory.DataCategory;
import eu.nis2registry.inventory.Engagement;
import eu.nis2registry.inventory.Nis2Category;
import eu.nis2registry.inventory.Organization;
import eu.nis2registry.inventory.Supplier;
import eu.nis2registry.inventory.rest.InventoryDtos.EngagementRequest;
import eu.nis2registry.inventory.rest.InventoryDtos.OrganizationRequest;
import eu.nis2registry.inventory.rest.InventoryDtos.SupplierRequest;
import eu.nis2registry.security.CurrentUser;
import eu.nis2registry.security.Role;
import eu.nis2registry.security.scope.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The inventory as spreadsheets: one CSV per kind (organizations, suppliers, engagements), or the three in
 * one zip. An import goes through the same services as the API, row by row, in one transaction: any bad row
 * and nothing is stored; a dry run checks everything and stores nothing.
 */
@ApplicationScoped
public class InventoryCsvService {

    public enum Kind {
        ORGANIZATIONS("organizations.csv", List.of("id", "name", "enterprise_number", "sector", "nis2_category", "email_domains"),
                List.of("name", "sector", "nis2_category")),
        SUPPLIERS("suppliers.csv", List.of("id", "name", "enterprise_number", "country", "domains", "subcontractors"),
                List.of("name")),
        ENGAGEMENTS("engagements.csv", List.of("id", "organization", "supplier", "service", "service_hosts",
                "data_categories", "access", "criticality", "contract_clauses"),
                List.of("organization", "supplier", "service", "data_categories", "access", "criticality"));

        public final String fileName;
        final List<String> columns;
        final List<String> required;

        Kind(String fileName, List<String> columns, List<String> required) {
            this.fileName = fileName;
            this.columns = columns;
            this.required = required;
        }

        public static Optional<Kind> byFileName(String name) {
            return Arrays.stream(values()).filter(k -> k.fileName.equalsIgnoreCase(name)).findFirst();
        }
    }

    /** Rows created, rows updated, and rows that matched the stored record and were left alone. */
    public record Counts(int created, int updated, int unchanged) {
    }

    private enum Outcome { CREATED, UPDATED, UNCHANGED }

    public record ImportSummary(boolean dryRun, Map<Kind, Counts> counts) {
    }

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).setIgnoreHeaderCase(true).setAllowMissingColumnNames(true).get();
    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    private static final String LIST_SEPARATOR = "; ";
    private static final String FORMULA_START = "=+-@\t\r";

    private final OrganizationService organizations;
    private final SupplierService suppliers;
    private final EngagementService engagements;
    private final Scope scope;
    private final CurrentUser user;
    private final Validator validator;

    public InventoryCsvService(OrganizationService organizations, SupplierService suppliers,
            EngagementService engagements, Scope scope, CurrentUser user, Validator validator) {
        this.organizations = organizations;
        this.suppliers = suppliers;
        this.engagements = engagements;
        this.scope = scope;
        this.user = user;
        this.validator = validator;
    }

    // ---------------------------------------------------------------- export

    public byte[] exportCsv(Kind kind) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            write(kind, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public byte[] exportZip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Kind kind : Kind.values()) {
                zip.putNextEntry(new ZipEntry(kind.fileName));
                zip.write(exportCsv(kind));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void write(Kind kind, Writer writer) throws IOException {
        CSVPrinter printer = new CSVPrinter(writer, WRITE);
        printer.printRecord(kind.columns);
        switch (kind) {
            case ORGANIZATIONS -> {
                for (Organization o : visibleOrganizations()) {
                    print(printer, o.id, o.name, o.enterpriseNumber, o.sector, o.nis2Category, join(o.emailDomains));
                }
            }
            case SUPPLIERS -> {
                for (Supplier s : Supplier.<Supplier>listAll(Sort.by("name").and("id"))) {
                    print(printer, s.id, s.name, s.enterpriseNumber, s.country, join(s.domains),
                            join(s.subcontractors.stream().map(InventoryCsvService::keyOf).toList()));
                }
            }
            case ENGAGEMENTS -> {
                for (Organization o : visibleOrganizations()) {
                    for (Engagement e : Engagement.<Engagement>list("organization", Sort.by("service").and("id"), o)) {
                        print(printer, e.id, keyOf(o), keyOf(e.supplier), e.service, join(e.serviceHosts),
                                join(e.dataCategories), e.access, e.criticality, join(e.contractClauses));
                    }
                }
            }
        }
        printer.flush();
    }

    private List<Organization> visibleOrganizations() {
        Optional<Set<Long>> visible = scope.visibleOrganizations();
        return visible.isEmpty() ? Organization.listAll(Sort.by("name").and("id"))
                : visible.get().isEmpty() ? List.of()
                : Organization.list("id in ?1", Sort.by("name").and("id"), visible.get());
    }

    /**
     * Spreadsheets run a cell that starts with = + - @ as a formula, and the names in the registry are typed by
     * many people: such a cell is written with a leading apostrophe, which the import removes again.
     */
    private static void print(CSVPrinter printer, Object... values) throws IOException {
        printer.printRecord(Arrays.stream(values).map(InventoryCsvService::inert).toArray());
    }

    private static Object inert(Object value) {
        return value instanceof String text && !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0
                ? "'" + text : value;
    }

    private static String uninert(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_START.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }

    private static String keyOf(Organization o) {
        return o.enterpriseNumber != null ? o.enterpriseNumber : o.name;
    }

    private static String keyOf(Supplier s) {
        if (s.enterpriseNumber != null) {
            return s.enterpriseNumber;
        }
        return s.domains.stream().sorted().findFirst().orElse(s.name);
    }

    private static String join(Iterable<?> values) {
        List<String> parts = new ArrayList<>();
        values.forEach(v -> parts.add(v.toString()));
        parts.sort(null);
        return String.join(LIST_SEPARATOR, parts);
    }

    // ---------------------------------------------------------------- import

    /**
     * @param files the CSV text of each kind present; processed in the order organisations, suppliers,
     *              engagements, so that later files may refer to rows of earlier ones
     */
    public ImportSummary importFiles(Map<Kind, String> files, boolean dryRun) {
        Map<Kind, List<Row>> parsed = new EnumMap<>(Kind.class);
        List<ErrorDetail> errors = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            if (files.containsKey(kind)) {
                parsed.put(kind, parse(kind, files.get(kind), errors));
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        Map<Kind, Counts> counts = new EnumMap<>(Kind.class);
        // The runner commits when the work returns, and a commit of a rollback-only transaction fails: leaving
        // by an exception is what makes it roll back.
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Importer importer = new Importer(errors);
                parsed.forEach((kind, rows) -> counts.put(kind, importer.run(kind, rows)));
                if (!errors.isEmpty()) {
                    throw invalid(errors);
                }
                if (dryRun) {
                    throw new DryRunDone();
                }
            });
        } catch (DryRunDone checked) {
            // Every row was applied and checked; the rollback undid them.
        }
        return new ImportSummary(dryRun, counts);
    }

    /** Leaves a dry run's transaction so that it rolls back. */
    private static final class DryRunDone extends RuntimeException {
        DryRunDone() {
            super(null, null, false, false);
        }
    }

    private static ApiException invalid(List<ErrorDetail> errors) {
        return ApiException.invalid("The import has " + errors.size() + " problem(s); nothing was stored", errors);
    }

    /** One data row: its row number as a spreadsheet shows it (the header is row 1) and its cells by column name. */
    record Row(long line, Map<String, String> cells) {
        String get(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : uninert(value.strip());
        }
    }

    private List<Row> parse(Kind kind, String text, List<ErrorDetail> errors) {
        List<Row> rows = new ArrayList<>();
        try (Reader reader = new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(READ).get()) {
            Set<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT).strip())
                    .collect(Collectors.toSet());
            List<String> missing = kind.required.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                errors.add(ErrorDetail.row(kind.fileName, 1, String.join(", ", missing),
                        "missing column(s): " + String.join(", ", missing)));
                return rows;
            }
            long row = 1;
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                record.toMap().forEach((k, v) -> cells.put(k.toLowerCase(Locale.ROOT).strip(), v));
                rows.add(new Row(++row, cells));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            errors.add(ErrorDetail.row(kind.fileName, 0, null, "not a readable CSV file (RFC 4180 with a header row)"));
        }
        return rows;
    }

    /** Applies rows through the services; a refused row becomes row errors, the others go on being checked. */
    private final class Importer {

        private final List<ErrorDetail> errors;
        private final Map<Long, Set<String>> pendingSubcontractors = new LinkedHashMap<>();
        private final Map<Long, Long> lineOfSupplier = new LinkedHashMap<>();

        Importer(List<ErrorDetail> errors) {
            this.errors = errors;
        }

        Counts run(Kind kind, List<Row> rows) {
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            for (Row row : rows) {
                try {
                    Outcome outcome = switch (kind) {
                        case ORGANIZATIONS -> organization(row);
                        case SUPPLIERS -> supplier(row);
                        case ENGAGEMENTS -> engagement(row);
                    };
                    switch (outcome) {
                        case CREATED -> created++;
                        case UPDATED -> updated++;
                        case UNCHANGED -> unchanged++;
                    }
                } catch (ApiException e) {
                    List<ErrorDetail> details = e.details().isEmpty() ? List.of(ErrorDetail.message(e.getMessage())) : e.details();
                    details.forEach(d -> errors.add(inColumn(d).inFile(kind.fileName, row.line())));
                } catch (RowProblem p) {
                    errors.add(ErrorDetail.row(kind.fileName, row.line(), p.column, p.getMessage()));
                }
            }
            if (kind == Kind.SUPPLIERS) {
                linkSubcontractors();
            }
            return new Counts(created, updated, unchanged);
        }

        private static Outcome updated(Object before, Object after) {
            return after.equals(before) ? Outcome.UNCHANGED : Outcome.UPDATED;
        }

        private Outcome organization(Row row) {
            OrganizationRequest request = valid(new OrganizationRequest(row.get("name"), row.get("enterprise_number"),
                    row.get("sector"), enumOf(Nis2Category.class, row, "nis2_category"), list(row.get("email_domains"))));
            Long id = id(row);
            if (id == null) {
                id = existingOrganization(request).orElse(null);
            }
            if (!user.hasRole(Role.ADMIN)) {
                // An export holds the caller's own organisation: importing it back unchanged must not fail.
                if (id != null && scope.find(Organization.class, id).filter(o -> sameAs(o, request)).isPresent()) {
                    return Outcome.UNCHANGED;
                }
                throw new RowProblem(null, "only an ADMIN may create or change organizations");
            }
            if (id != null) {
                return updated(organizations.get(id), organizations.update(id, request));
            }
            organizations.create(request);
            return Outcome.CREATED;
        }

        private static boolean sameAs(Organization o, OrganizationRequest request) {
            return Objects.equals(o.name, Normalizer.text(request.name()))
                    && Objects.equals(o.enterpriseNumber, request.enterpriseNumber() == null ? null
                            : EnterpriseNumbers.normalize(request.enterpriseNumber()).orElse(request.enterpriseNumber()))
                    && Objects.equals(o.sector, Normalizer.text(request.sector()))
                    && o.nis2Category == request.nis2Category()
                    && o.emailDomains.equals(domains(request.emailDomains()));
        }

        private Optional<Long> existingOrganization(OrganizationRequest request) {
            Optional<String> number = Optional.ofNullable(request.enterpriseNumber())
                    .flatMap(EnterpriseNumbers::normalize);
            if (number.isPresent()) {
                return Organization.<Organization>find("enterpriseNumber", number.get()).firstResultOptional().map(o -> o.id);
            }
            return Organization.<Organization>find("lower(name) = ?1", request.name().toLowerCase(Locale.ROOT))
                    .firstResultOptional().map(o -> o.id);
        }

        private Outcome supplier(Row row) {
            requireRole(Role.ADMIN, Role.COMPLIANCE_OFFICER, Role.CISO);
            SupplierRequest request = valid(new SupplierRequest(row.get("name"), row.get("enterprise_number"),
                    row.get("country"), list(row.get("domains"))));
            Long id = id(row);
            if (id == null) {
                id = existingSupplier(request).orElse(null);
            }
            Outcome outcome = id == null ? Outcome.CREATED : updated(suppliers.get(id), suppliers.update(id, request));
            Long supplierId = id == null ? suppliers.create(request).id() : id;
            if (row.cells().containsKey("subcontractors")) {
                pendingSubcontractors.put(supplierId, new LinkedHashSet<>(keys(row.get("subcontractors"))));
                lineOfSupplier.put(supplierId, row.line());
            }
            return outcome;
        }

        private Optional<Long> existingSupplier(SupplierRequest request) {
            Optional<String> number = Optional.ofNullable(request.enterpriseNumber())
                    .flatMap(EnterpriseNumbers::normalize);
            if (number.isPresent()) {
                Optional<Long> byNumber = Supplier.<Supplier>find("enterpriseNumber", number.get()).firstResultOptional().map(s -> s.id);
                if (byNumber.isPresent()) {
                    return byNumber;
                }
            }
            for (String domain : request.domains() == null ? List.<String>of() : request.domains()) {
                Optional<Long> byDomain = supplierWithDomain(domain).map(found -> found.id);
                if (byDomain.isPresent()) {
                    return byDomain;
                }
            }
            return Optional.empty();
        }

        private void linkSubcontractors() {
            pendingSubcontractors.forEach((supplierId, keys) -> {
                long line = lineOfSupplier.get(supplierId);
                Set<Long> wanted = new HashSet<>();
                for (String key : keys) {
                    Optional<Supplier> sub = supplierByKey(key);
                    if (sub.isEmpty()) {
                        errors.add(ErrorDetail.row(Kind.SUPPLIERS.fileName, line, "subcontractors", "no supplier \"" + key + "\""));
                    } else {
                        wanted.add(sub.get().id);
                    }
                }
                Supplier supplier = Supplier.findById(supplierId);
                for (Long current : supplier.subcontractors.stream().map(s -> s.id).toList()) {
                    if (!wanted.contains(current)) {
                        suppliers.removeSubcontractor(supplierId, current);
                    }
                }
                for (Long sub : wanted) {
                    try {
                        suppliers.addSubcontractor(supplierId, sub);
                    } catch (ApiException e) {
                        errors.add(ErrorDetail.row(Kind.SUPPLIERS.fileName, line, "subcontractors", e.getMessage()));
                    }
                }
            });
        }

        private Outcome engagement(Row row) {
            boolean mayWrite = user.hasRole(Role.COMPLIANCE_OFFICER) || user.hasRole(Role.CISO);
            Organization organization = organizationByKey(row.get("organization"))
                    .filter(o -> scope.canSee(o.id))
                    .orElseThrow(() -> new RowProblem("organization", "no organization \"" + row.get("organization") + "\" in your scope"));
            Supplier supplier = supplierByKey(row.get("supplier"))
                    .orElseThrow(() -> new RowProblem("supplier", "no supplier \"" + row.get("supplier") + "\""));
            EngagementRequest request = valid(new EngagementRequest(supplier.id, row.get("service"), list(row.get("service_hosts")),
                    enumSet(DataCategory.class, row, "data_categories"), enumOf(Access.class, row, "access"),
                    enumOf(Criticality.class, row, "criticality"), enumSet(ContractClause.class, row, "contract_clauses")));
            Long id = id(row);
            if (id == null) {
                id = Engagement.<Engagement>find("organization = ?1 and supplier = ?2 and lower(service) = ?3",
                        organization, supplier, request.service().toLowerCase(Locale.ROOT)).firstResultOptional().map(e -> e.id).orElse(null);
            } else if (scope.find(Engagement.class, id).filter(e -> e.organization.id.equals(organization.id)).isEmpty()) {
                throw new RowProblem("id", "no engagement " + id + " of this organization");
            }
            if (!mayWrite) {
                // An admin's export holds every engagement: importing them back unchanged must not fail.
                if (id != null && scope.find(Engagement.class, id).filter(e -> sameAs(e, request)).isPresent()) {
                    return Outcome.UNCHANGED;
                }
                throw new RowProblem(null, "your role may not import this kind of row");
            }
            if (id != null) {
                return updated(engagements.get(id), engagements.update(id, request));
            }
            engagements.create(organization.id, request);
            return Outcome.CREATED;
        }

        private static boolean sameAs(Engagement e, EngagementRequest request) {
            return e.supplier.id.equals(request.supplierId())
                    && Objects.equals(e.service, Normalizer.text(request.service()))
                    && e.serviceHosts.equals(domains(request.serviceHosts()))
                    && e.dataCategories.equals(request.dataCategories())
                    && e.access == request.access()
                    && e.criticality == request.criticality()
                    && e.contractClauses.equals(request.contractClauses() == null ? Set.of() : request.contractClauses());
        }

        private Optional<Organization> organizationByKey(String key) {
            if (key == null) {
                return Optional.empty();
            }
            Optional<Organization> byNumber = EnterpriseNumbers.normalize(key)
                    .flatMap(n -> Organization.<Organization>find("enterpriseNumber", n).firstResultOptional());
            return byNumber.isPresent() ? byNumber
                    : Organization.<Organization>find("lower(name) = ?1", key.toLowerCase(Locale.ROOT)).firstResultOptional();
        }

        private Optional<Supplier> supplierByKey(String key) {
            if (key == null) {
                return Optional.empty();
            }
            Optional<Supplier> byNumber = EnterpriseNumbers.normalize(key)
                    .flatMap(n -> Supplier.<Supplier>find("enterpriseNumber", n).firstResultOptional());
            if (byNumber.isPresent()) {
                return byNumber;
            }
            Optional<Supplier> byDomain = supplierWithDomain(key);
            if (byDomain.isPresent()) {
                return byDomain;
            }
            List<Supplier> byName = Supplier.list("lower(name) = ?1", key.toLowerCase(Locale.ROOT));
            return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
        }

        private Optional<Supplier> supplierWithDomain(String domain) {
            Optional<String> normalized = Hostnames.normalizeDomain(domain);
            if (normalized.isEmpty()) {
                return Optional.empty();
            }
            return Supplier.<Supplier>find("?1 member of domains", normalized.get()).firstResultOptional();
        }

        private void requireRole(Role... roles) {
            if (Arrays.stream(roles).noneMatch(user::hasRole)) {
                throw new RowProblem(null, "your role may not import this kind of row");
            }
        }

        private Long id(Row row) {
            String id = row.get("id");
            if (id == null) {
                return null;
            }
            try {
                return Long.valueOf(id);
            } catch (NumberFormatException e) {
                throw new RowProblem("id", "must be a number or empty");
            }
        }

        private <T> T valid(T request) {
            Set<ConstraintViolation<T>> violations = validator.validate(request);
            if (!violations.isEmpty()) {
                throw ApiException.invalid(violations.stream()
                        .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                        .map(v -> ErrorDetail.field(csvColumn(v.getPropertyPath().toString()), v.getMessage())).toList());
            }
            return request;
        }
    }

    /** The services name JSON fields ("emailDomains[1]"); a spreadsheet user looks for the column and the item. */
    private static ErrorDetail inColumn(ErrorDetail detail) {
        if (detail.field() == null) {
            return detail;
        }
        java.util.regex.Matcher index = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(detail.field());
        String message = index.find() ? "item " + (Integer.parseInt(index.group(1)) + 1) + ": " + detail.message()
                : detail.message();
        return new ErrorDetail(detail.file(), csvColumn(detail.field()), detail.line(), detail.questionId(), detail.id(),
                message);
    }

    /** Names as the services store them; a name that is no domain stays as typed, so it never matches. */
    private static Set<String> domains(List<String> names) {
        return names == null ? Set.of() : names.stream().map(n -> Hostnames.normalizeDomain(n).orElse(n))
                .collect(Collectors.toSet());
    }

    private static String csvColumn(String property) {
        String base = property.replaceAll("\\[.*", "");
        return base.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT).replace("supplier_id", "supplier");
    }

    /** Supplier keys may be names with spaces or commas: only the export's own separator divides them. */
    private static List<String> keys(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> list(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("[;,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, Row row, String column) {
        String value = row.get(column);
        return value == null ? null : parseEnum(type, value, column);
    }

    private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, Row row, String column) {
        Function<String, E> parse = v -> parseEnum(type, v, column);
        return list(row.get(column)).stream().map(parse).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String column) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RowProblem(column, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A row-level problem found before the services are called. */
    private static final class RowProblem extends RuntimeException {
        final String column;

        RowProblem(String column, String message) {
            super(message, null, false, false);
            this.column = column;
        }
    }
}
