package eu.nis2registry.web.view;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the risk and report pages (namespace {@code rmsg}), in English here; Dutch and French in
 * messages/rmsg_nl.properties and rmsg_fr.properties. A bundle of their own because Quarkus 3.33 generates a
 * resolver that fails bytecode verification for a bundle of more than 300 messages, and {@link Msg} is close.
 */
@MessageBundle(value = "rmsg", locale = "en")
public interface RiskMsg {

    @Message("Reports")
    String nav_reports();

    @Message("Concentration")
    String nav_concentration();

    @Message("High or critical risk")
    String stat_high_or_critical();

    @Message("{#when t}{#is 'LOW'}Low{#is 'MEDIUM'}Medium{#is 'HIGH'}High{#is 'CRITICAL'}Critical{#else}{t}{/when}")
    String tier(String t);

    @Message("Low 0–{t.lowTop} · Medium {t.medium}–{t.mediumTop} · High {t.high}–{t.highTop} · Critical {t.critical}–100")
    String tier_scale(eu.nis2registry.web.view.LineChart.Tiers t);

    @Message("Risk trend")
    String risk_trend();

    @Message("Mean and highest score of the organisation's engagements at the end of each day (UTC), last {days} days. The background bands are the tiers.")
    String risk_trend_hint(int days);

    @Message("Mean score")
    String trend_mean();

    @Message("Highest score")
    String trend_max();

    @Message("Show the figures")
    String show_as_table();

    @Message("Date")
    String date();

    @Message("Highest risk score first; the colour and the word give the tier.")
    String engagements_risk_order_hint();

    @Message("Not scored yet")
    String not_scored();

    @Message("Supplier page")
    String supplier_page();

    @Message("Risk model {version}")
    String risk_model(String version);

    @Message("computed")
    String computed_at();

    @Message("Claimed versus observed:")
    String claim_contradicted_title();

    @Message("the approved audit says multi-factor authentication is enforced everywhere, yet stealer logs newer than the audit hold credentials for the supplier's hosts. A finding was opened on the audit.")
    String claim_contradicted_text();

    @Message("Factors")
    String factors();

    @Message("Every point of the score comes from one of these lines; together they add up to the score.")
    String factors_hint();

    @Message("Factor")
    String factor();

    @Message("Detail")
    String factor_detail();

    @Message("Points")
    String points();

    @Message("Total: the score")
    String factors_total();

    @Message("{#when c}{#is 'DATA_CATEGORIES'}Data handled{#is 'ACCESS_LEVEL'}Access to the organisation{#is 'CRITICALITY'}Service criticality{#is 'NIS2_ENTITY'}NIS2 entity{#is 'NO_AUDIT'}No approved audit{#is 'AUDIT_GAPS'}Gaps in the audit{#is 'KNOCKOUT_FAILED'}Failed knock-out questions{#is 'CLAIM_CONTRADICTED'}MFA claim contradicted{#is 'STEALER_LOGS_WITHOUT_MFA'}Stealer logs without MFA{#is 'REASSESSMENT_OVERDUE'}Reassessment overdue{#is 'PRIVILEGED_STEALER_LOG'}Privileged accounts in stealer logs{#is 'STEALER_LOG_COOKIES'}Stealer logs with session cookies{#is 'STEALER_LOG'}Credentials in stealer logs{#is 'COMBOLIST'}Credentials in combolists{#is 'BREACH'}Credentials from breaches{#is 'AGGREGATE_LEAK'}Leak known by size only{#is 'SUBCONTRACTOR_EXPOSURE'}Leaks at a subcontractor{#is 'KNOCKOUT_FLOOR'}Floor: failed knock-out{#is 'PRIVILEGED_STEALER_FLOOR'}Floor: fresh privileged stealer logs{#else}{c}{/when}")
    String factor_name(String c);

    @Message("{#when c}{#is 'INHERENT'}Inherent risk{#is 'CONTROLS'}Weakness of controls{#is 'EXPOSURE'}Leak exposure{#is 'FLOOR'}Floors (minimum tier){#else}{c}{/when}")
    String component(String c);

    @Message("Components")
    String components();

    @Message("{value} of {max}")
    String of_max(String value, int max);

    @Message("Unrounded points of the three components; their sum, rounded, is the score before any floor.")
    String components_hint();

    @Message("Score history")
    String risk_history();

    @Message("Every change of the score, with what caused it.")
    String risk_history_hint();

    @Message("When")
    String when();

    @Message("Model")
    String model();

    @Message("Blast radius of {supplier}")
    String blast_title(String supplier);

    @Message("Leaks of this supplier are on record: {observations} credential observation(s){#if records > 0} and {records} record(s) in reported leaks{/if}. Each organisation below is exposed; open it to see what it must do now.")
    String blast_leaked(long observations, long records);

    @Message("No leak of this supplier is on record. The organisations below would be exposed if it leaked; the actions are the response plan.")
    String blast_not_leaked();

    @Message("No organisation in your scope depends on this supplier.")
    String blast_none();

    @Message("{n} engagement(s) in your scope depend on it, directly or through subcontractors.")
    String blast_count(int n);

    @Message("Engaged supplier")
    String engaged_supplier();

    @Message("This engagement")
    String this_engagement();

    @Message("through a subcontractor")
    String via_subcontractor();

    @Message("engaged directly")
    String engaged_directly();

    @Message("{n} exposed credential(s)")
    String exposed_credentials(long n);

    @Message("Path in the supply chain")
    String supply_path();

    @Message("subcontracts to")
    String subcontracts_to();

    @Message("What to do now")
    String actions_now();

    @Message("Response plan if it leaks")
    String actions_plan();

    @Message("Exposure report (PDF)")
    String exposure_report_action();

    @Message("Risk in your engagements")
    String supplier_risk_title();

    @Message("No organisation in your scope engages this supplier directly.")
    String supplier_risk_none();

    @Message("The supplier's score in each engagement of the organisations in your scope, highest first.")
    String supplier_risk_hint();

    @Message("Sector concentration")
    String concentration_title();

    @Message("Suppliers and subcontractors ranked by how many organisations depend on them, directly or through subcontractor chains: where one leak would reach furthest, as with the hospitals' registration software.")
    String concentration_intro();

    @Message("Ranking")
    String concentration_ranking();

    @Message("Show the first")
    String show_top();

    @Message("The shares are of the engagements through which organisations depend on the supplier.")
    String concentration_hint();

    @Message("Organisations depending on it")
    String dependent_organizations();

    @Message("{n} of {total}")
    String of_total(long n, long total);

    @Message("{n} direct")
    String direct_count(long n);

    @Message("With health data")
    String health_data_share();

    @Message("With privileged access")
    String privileged_share();

    @Message("subcontractor only")
    String subcontractor_only();

    @Message("Reports")
    String reports_title();

    @Message("The archived PDF reports you may see. Each file's SHA-256 was recorded when it was made, so a copy can be verified at any time.")
    String reports_intro();

    @Message("Report #{id} generated and archived.")
    String report_created(long id);

    @Message("Download PDF")
    String download_pdf();

    @Message("Download report #{id} (PDF)")
    String download_report(long id);

    @Message("Download")
    String download();

    @Message("Genuine: this file is archived report #{id}, unchanged.")
    String verify_match(long id);

    @Message("Genuine: this file is an archived report, unchanged. It holds data outside your scope, so which one is not shown.")
    String verify_match_hidden();

    @Message("Not verified: no archived report has exactly these bytes. The file was changed, or it is not a report of this registry.")
    String verify_no_match();

    @Message("SHA-256 of {name}:")
    String verify_file_hash(String name);

    @Message("Archive")
    String report_archive();

    @Message("No report yet. Generate one below, or from an audit's page.")
    String no_reports();

    @Message("Report")
    String report();

    @Message("Created")
    String created();

    @Message("Size")
    String size();

    @Message("{n} page(s)")
    String pages_count(int n);

    @Message("{#when k}{#is 'AUDIT'}Audit report{#is 'ORGANIZATION'}Supplier register{#is 'SUPPLIER_EXPOSURE'}Supplier exposure{#else}{k}{/when}")
    String report_kind(String k);

    @Message("The NIS2 register of an organisation's suppliers, with tiers, audits and open findings.")
    String register_hint();

    @Message("Language of the report")
    String report_language();

    @Message("{#when l}{#is 'en'}English{#is 'nl'}Nederlands{#is 'fr'}Français{#else}{l}{/when}")
    String language_name(String l);

    @Message("Generate")
    String generate();

    @Message("A supplier's leak exposure and its blast radius in your scope, with the actions for each organisation.")
    String exposure_report_hint();

    @Message("Verify a file")
    String verify_title();

    @Message("Check that a PDF is an archived report, byte for byte. The file is not kept.")
    String verify_hint();

    @Message("PDF file")
    String pdf_file();

    @Message("Verify the file")
    String verify_action();

    @Message("An audit report is made from its audit's page, in the questionnaire's language, once the audit has been submitted.")
    String audit_report_hint();

    @Message("Generate PDF report")
    String audit_report_action();
}
