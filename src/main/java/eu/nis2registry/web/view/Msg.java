package eu.nis2registry.web.view;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the web UI, in English here; Dutch and French in messages/msg_nl.properties and msg_fr.properties.
 * Generated from one table so that the three languages keep the same keys.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Msg {

    @Message("Supplier risk registry")
    String app_name();

    @Message("Skip to content")
    String skip_to_content();

    @Message("Language")
    String language();

    @Message("Main navigation")
    String main_navigation();

    @Message("Dashboard")
    String nav_dashboard();

    @Message("Inventory")
    String nav_inventory();

    @Message("Findings")
    String nav_findings();

    @Message("Reviews")
    String nav_reviews();

    @Message("Leak imports")
    String nav_leaks();

    @Message("Administration")
    String nav_admin();

    @Message("My account")
    String nav_account();

    @Message("Sign out")
    String sign_out();

    @Message("Sign in")
    String sign_in();

    @Message("Supplier risk registry for NIS2 supply-chain security. Every change is recorded in the audit trail.")
    String footer();

    @Message("Please correct the fields marked below.")
    String form_has_errors();

    @Message("Sign in")
    String login_title();

    @Message("Sign in with your username and password. Roles that handle sensitive data also need a code from your authenticator app.")
    String login_intro();

    @Message("Your session has ended. Please sign in again.")
    String session_expired();

    @Message("You are signed out.")
    String signed_out();

    @Message("The sign-in took too long. Please enter your password again.")
    String login_step_expired();

    @Message("Wrong username or password.")
    String login_invalid();

    @Message("Too many failed sign-ins. Sign-in is blocked for {minutes} minute(s); try again later or ask your administrator.")
    String login_locked(long minutes);

    @Message("Username")
    String username();

    @Message("Password")
    String password();

    @Message("Two-factor code")
    String code_title();

    @Message("Enter the six-digit code from your authenticator app.")
    String code_intro();

    @Message("The code is wrong, expired or already used.")
    String code_invalid();

    @Message("Code")
    String code_label();

    @Message("Lost your phone? Enter one of your recovery codes instead (like ABCD-EFGH-JKLM); each works once.")
    String code_hint();

    @Message("Verify")
    String verify();

    @Message("Start over")
    String start_over();

    @Message("Set up two-factor authentication")
    String enrol_title();

    @Message("Your role requires a second factor: a stolen password alone must not open this registry.")
    String enrol_intro();

    @Message("Open your authenticator app and scan the QR code.")
    String enrol_step1();

    @Message("Or type this key by hand:")
    String enrol_step2();

    @Message("Enter the six-digit code the app shows to confirm.")
    String enrol_step3();

    @Message("Six-digit code")
    String enrol_code_label();

    @Message("Confirm and enable")
    String enrol_confirm();

    @Message("That code is not right. Check the time on your phone and try the next code.")
    String enrol_invalid();

    @Message("QR code for your authenticator app")
    String qr_label();

    @Message("Recovery codes")
    String codes_title();

    @Message("These codes are shown only this once. Store them somewhere safe, away from your phone.")
    String codes_once();

    @Message("Each code can be used once instead of a code from your app, for example when your phone is lost.")
    String codes_intro();

    @Message("I have stored them, continue")
    String codes_continue();

    @Message("My account")
    String account_title();

    @Message("Roles")
    String roles();

    @Message("Two-factor authentication")
    String two_factor();

    @Message("Enabled")
    String enabled();

    @Message("Not enabled")
    String not_enabled();

    @Message("Recovery codes left")
    String codes_left();

    @Message("New codes replace all earlier ones.")
    String codes_regenerate_intro();

    @Message("Create new recovery codes")
    String codes_regenerate();

    @Message("Two-factor authentication is optional for your role, and strongly recommended.")
    String account_enrol_optional();

    @Message("{#when r}{#is ADMIN}Administrator{#is COMPLIANCE_OFFICER}Compliance officer{#is CISO}CISO{#is AUDITOR}Auditor{/when}")
    String role(eu.nis2registry.security.Role r);

    @Message("Not found")
    String error_not_found_title();

    @Message("This page or record does not exist, or it is outside your organisations.")
    String error_not_found();

    @Message("Not allowed")
    String error_forbidden_title();

    @Message("Your role does not allow this.")
    String error_forbidden();

    @Message("This form has expired")
    String error_csrf_title();

    @Message("The form was open too long or was sent from another site, so nothing was saved. Go back, reload the page and try again.")
    String error_csrf();

    @Message("This cannot be done now")
    String error_conflict_title();

    @Message("The registry refused this action:")
    String error_conflict();

    @Message("Something went wrong")
    String error_internal_title();

    @Message("Something went wrong on our side. If it happens again, quote the reference below to your administrator.")
    String error_internal();

    @Message("Back to the start page")
    String go_back();

    @Message("Home")
    String go_home();

    @Message("{#when a}{#is NONE}No access{#is USER}User access{#is PRIVILEGED}Privileged (administrator){/when}")
    String access_value(eu.nis2registry.inventory.Access a);

    @Message("{#when c}{#is LOW}Low{#is MEDIUM}Medium{#is HIGH}High{#is CRITICAL}Critical{/when}")
    String criticality_value(eu.nis2registry.inventory.Criticality c);

    @Message("{#when c}{#is HEALTH}Health data{#is PERSONAL}Personal data{#is CREDENTIALS}Credentials{#is FINANCIAL}Financial data{/when}")
    String data_category(eu.nis2registry.inventory.DataCategory c);

    @Message("{#when c}{#is SECURITY_REQUIREMENTS}(a) security requirements{#is SKILLS_AND_TRAINING}(b) skills and training{#is BACKGROUND_CHECKS}(c) background checks{#is INCIDENT_NOTIFICATION}(d) incident notification{#is AUDIT_RIGHT}(e) right to audit{#is VULNERABILITY_HANDLING}(f) vulnerability handling{#is SUBCONTRACTING}(g) subcontracting{#is TERMINATION}(h) termination{/when}")
    String clause(eu.nis2registry.inventory.ContractClause c);

    @Message("{#when c}{#is ESSENTIAL}Essential entity{#is IMPORTANT}Important entity{#is NONE}Outside NIS2{/when}")
    String nis2(eu.nis2registry.inventory.Nis2Category c);

    @Message("{#when s}{#is DRAFT}Draft{#is SUBMITTED}Submitted{#is APPROVED}Approved{#is REJECTED}Rejected{/when}")
    String audit_status(eu.nis2registry.audit.AuditStatus s);

    @Message("{#when s}{#is OPEN}Open{#is RESOLVED}Resolved{#is ACCEPTED}Risk accepted{/when}")
    String finding_status(eu.nis2registry.audit.finding.FindingStatus s);

    @Message("{#when s}{#is LOW}Low{#is MEDIUM}Medium{#is HIGH}High{#is CRITICAL}Critical{/when}")
    String severity(eu.nis2registry.audit.scoring.Severity s);

    @Message("{#when s}{#is QUEUED}Queued{#is RUNNING}Running{#is COMPLETED}Completed{#is FAILED}Failed{/when}")
    String import_status(eu.nis2registry.exposure.LeakImportStatus s);

    @Message("{#when k}{#is STEALER_LOG}Stealer log{#is COMBOLIST}Combolist{#is BREACH}Breach{/when}")
    String leak_kind(eu.nis2registry.exposure.parse.LeakKind k);

    @Message("{#when v}{#is 'YES'}Yes{#is 'NO'}No{#is 'PARTIAL'}Partly{#is 'NOT_APPLICABLE'}Not applicable{/when}")
    String answer_value(String v);

    @Message("{#when k}{#is 'DRAFT'}Draft{#is 'SUBMITTED'}Submitted{#is 'APPROVED'}Approved{#is 'REJECTED'}Rejected{#is 'LOW'}Low{#is 'MEDIUM'}Medium{#is 'HIGH'}High{#is 'CRITICAL'}Critical{#is 'OPEN'}Open{#is 'RESOLVED'}Resolved{#is 'ACCEPTED'}Risk accepted{#is 'STEALER_LOG'}Stealer log{#is 'COMBOLIST'}Combolist{#is 'BREACH'}Breach{#is 'ULP'}ULP (URL:login:password){#is 'CSV'}CSV{#is 'JSONL'}JSON lines{/when}")
    String label(String k);

    @Message("Dashboard")
    String dashboard_title();

    @Message("Organisation")
    String organization();

    @Message("Organisations")
    String organizations();

    @Message("Show")
    String show();

    @Message("No organisation is in your scope yet. An administrator assigns organisations to users.")
    String no_organizations();

    @Message("Engagements")
    String stat_engagements();

    @Message("Overdue reassessments")
    String stat_overdue_reassessments();

    @Message("Open findings")
    String stat_open_findings();

    @Message("Overdue findings")
    String stat_overdue_findings();

    @Message("Risk tier distribution")
    String risk_distribution();



    @Message("Engagements")
    String engagements();


    @Message("None yet.")
    String none_yet();

    @Message("None.")
    String none();

    @Message("Supplier")
    String supplier();

    @Message("Suppliers")
    String suppliers();

    @Message("Service")
    String service();

    @Message("Criticality")
    String criticality();

    @Message("Risk score")
    String risk_score();


    @Message("Last audit")
    String last_audit();

    @Message("Never audited")
    String never_audited();

    @Message("Next audit due")
    String next_audit_due();

    @Message("Overdue")
    String overdue();

    @Message("Audits by status")
    String audits_by_status();

    @Message("Open findings by severity")
    String open_findings_by_severity();

    @Message("No open findings.")
    String no_open_findings();

    @Message("Overdue reassessments")
    String overdue_reassessments();

    @Message("Nothing is overdue.")
    String nothing_overdue();

    @Message("Open findings")
    String open_findings();

    @Message("All findings")
    String all_findings();

    @Message("Recent leak imports")
    String recent_leak_imports();



    @Message("Inventory")
    String inventory_title();

    @Message("The organisations in your scope and the suppliers they depend on.")
    String inventory_intro();

    @Message("NIS2 category")
    String nis2_category();

    @Message("Sector")
    String sector();

    @Message("New engagement")
    String new_engagement();

    @Message("Edit engagement")
    String edit_engagement();

    @Message("Data categories")
    String data_categories();

    @Message("Access")
    String access();

    @Message("How far the supplier reaches into your organisation.")
    String access_hint();

    @Message("E-mail domains")
    String email_domains();

    @Message("Suppliers are shared by all organisations; what each organisation does with one is in its engagements.")
    String suppliers_intro();

    @Message("New supplier")
    String new_supplier();

    @Message("Search suppliers")
    String search_suppliers();

    @Message("Name or domain")
    String search_placeholder();

    @Message("Search")
    String search();

    @Message("Nothing found.")
    String no_results();

    @Message("Name")
    String name();

    @Message("Enterprise or VAT number")
    String enterprise_number();

    @Message("Belgian enterprise number (0123.456.749) or an EU VAT number with its country prefix.")
    String enterprise_number_hint();

    @Message("Country")
    String country();

    @Message("Two-letter code, like BE.")
    String country_hint();

    @Message("Domains")
    String domains();

    @Message("One domain per line, like medireg.example.")
    String one_per_line();

    @Message("Save")
    String save();

    @Message("Saved.")
    String saved();

    @Message("Subcontractors (fourth parties)")
    String subcontractors();

    @Message("Supplier details")
    String supplier_details();

    @Message("Edit supplier")
    String edit_supplier();

    @Message("Edit")
    String edit();

    @Message("Engagement")
    String engagement_facts();

    @Message("Service hosts")
    String service_hosts();

    @Message("One host per line through which you use the service, like portal.medireg.example.")
    String hosts_hint();

    @Message("Contract clauses (IR 2024/2690, 5.1.4)")
    String contract_clauses();


    @Message("Leak exposure of the supplier")
    String leak_exposure();

    @Message("Observations")
    String observations();

    @Message("Last 90 days")
    String last_90_days();

    @Message("From stealer logs")
    String stealer_logs();

    @Message("Privileged accounts")
    String privileged_accounts();

    @Message("Records in reported leaks")
    String aggregate_records();

    @Message("Audits")
    String audits();

    @Message("Audit")
    String audit();

    @Message("Questionnaire")
    String questionnaire();

    @Message("Status")
    String status();

    @Message("Score")
    String score();

    @Message("Submitted by")
    String submitted_by();

    @Message("Reviewed by")
    String reviewed_by();

    @Message("Submitted at")
    String submitted_at();

    @Message("Start audit")
    String start_audit();

    @Message("Choose…")
    String choose();

    @Message("Supplier not in the list? Register it first.")
    String supplier_missing();

    @Message("Export to Excel")
    String export_xlsx();

    @Message("Answers saved.")
    String answers_saved();

    @Message("Evidence stored.")
    String evidence_saved();

    @Message("Submitted for review. A second person must now approve or reject it.")
    String audit_submitted();

    @Message("Approved. The audit can no longer change.")
    String audit_approved();

    @Message("Rejected. The audit is open for rework.")
    String audit_rejected();

    @Message("Review comment")
    String review_comment();

    @Message("Review")
    String review_title();

    @Message("Approve")
    String approve();

    @Message("Reject")
    String reject();

    @Message("Sections")
    String sections();

    @Message("required")
    String required();

    @Message("Knock-out")
    String knock_out();

    @Message("Evidence required")
    String evidence_required();

    @Message("Comment (optional)")
    String comment_optional();

    @Message("Save and go to the next section")
    String save_and_next();

    @Message("Upload")
    String upload();

    @Message("Submit for review")
    String submit_for_review();

    @Message("Every required question that applies must be answered first.")
    String submit_hint();

    @Message("Not answered")
    String not_answered();

    @Message("Review queue")
    String reviews_title();

    @Message("Submitted audits wait here for a second person: nobody reviews their own submission.")
    String reviews_intro();

    @Message("Nothing waits for review.")
    String no_reviews();

    @Message("Your own submission")
    String own_submission();

    @Message("Review")
    String review();

    @Message("Findings")
    String findings_title();

    @Message("What approved audits say must be fixed, by whom and by when. Accepting a risk is for a CISO, with a reason.")
    String findings_intro();

    @Message("All")
    String all();

    @Message("No findings here.")
    String no_findings();

    @Message("Owner")
    String owner();

    @Message("Due date")
    String due_date();

    @Message("Note")
    String note();

    @Message("Required when accepting a risk.")
    String note_hint();

    @Message("CISO only")
    String ciso_only();

    @Message("Update")
    String update();

    @Message("Leak imports")
    String leaks_title();

    @Message("Upload credential-leak files; each line is matched to suppliers and organisations by host and e-mail domain.")
    String leaks_intro();

    @Message("Upload a leak file")
    String upload_leak_file();

    @Message("Leak file")
    String leak_file();

    @Message("Format")
    String format();

    @Message("Any size: the file is streamed, never held whole in memory.")
    String format_hint();

    @Message("Kind")
    String kind();

    @Message("Source")
    String source();

    @Message("The feed or report the file comes from.")
    String source_hint();

    @Message("Import for")
    String import_for();

    @Message("The whole sector (no single organisation)")
    String sector_wide();

    @Message("No password or full login is ever stored: only masked logins and keyed hashes.")
    String privacy_note();

    @Message("Lines read")
    String lines_read();

    @Message("Accepted")
    String accepted();

    @Message("Rejected")
    String rejected();

    @Message("Duplicates")
    String duplicates();

    @Message("Unmatched")
    String unmatched();

    @Message("Skipped")
    String skipped();

    @Message("Uploaded by")
    String uploaded_by();

    @Message("Leak import")
    String leak_import();

    @Message("Progress")
    String progress_title();

    @Message("Matched suppliers")
    String matched_suppliers();

    @Message("Rejected lines")
    String rejected_lines();

    @Message("Line")
    String line();

    @Message("Reason")
    String reason();

    @Message("Users")
    String users_title();

    @Message("Who may sign in, with which roles, for which organisations.")
    String users_intro();

    @Message("Organisations")
    String scope();

    @Message("All organisations (sector)")
    String all_organizations();

    @Message("Disabled")
    String disabled();

    @Message("Active")
    String active();

    @Message("New user")
    String new_user();

    @Message("3 to 64 letters, digits or . _ @ -")
    String username_hint();

    @Message("Initial password")
    String initial_password();

    @Message("At least 12 characters. Give it to the person through a separate channel.")
    String password_hint();

    @Message("Create user")
    String create_user();

    @Message("Disable this user")
    String disable_user();

    @Message("A disabled user cannot sign in, and every session of theirs ends at once.")
    String disable_hint();

    @Message("Questionnaires")
    String questionnaires_title();

    @Message("Definitions read from the questionnaire folder. A broken file keeps its last good version in use.")
    String questionnaires_intro();

    @Message("Reload from disk")
    String reload();

    @Message("Questionnaires read again.")
    String reloaded();

    @Message("In use")
    String in_use();

    @Message("Key")
    String key();

    @Message("Title")
    String title();

    @Message("Version")
    String version();

    @Message("Questions")
    String questions();

    @Message("Kept from an earlier load")
    String retained();

    @Message("Problems")
    String problems();

    @Message("Every file is valid.")
    String no_problems();

    @Message("File")
    String file();

    @Message("{n} accepted")
    String accepted_count(long n);

    @Message("due {d}")
    String due_since(java.time.LocalDate d);

    @Message("{done} of {total} answered")
    String progress(int done, int total);

    @Message("{n} required still open")
    String required_open(int n);

    @Message("{n} knock-out(s) failed")
    String failed_knockouts(int n);

    @Message("{n} question(s) of this section do not apply to this engagement and are not shown.")
    String hidden_questions(int n);

    @Message("Evidence for question {id}")
    String evidence_for(String id);

    @Message("Submitted by {submitter}. Approve only what you have checked; a rejection needs a reason.")
    String review_hint(String submitter);

    @Message("{n} supplier(s)")
    String results(long n);

    @Message("User {name} created. They set up two-factor authentication at their first sign-in when their role requires it.")
    String user_created(String name);

    @Message("New organisation")
    String new_organization();

    @Message("Edit organisation")
    String edit_organization();

    @Message("The organisation's own mail domains, one per line: a leaked login there is one of its people.")
    String email_domains_hint();
}
