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
}
