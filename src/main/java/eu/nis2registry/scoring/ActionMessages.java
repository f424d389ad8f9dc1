package eu.nis2registry.scoring;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What an exposed organisation must do now, after the response the news case describes: reset and revoke,
 * require MFA, restrict the supplier's access, notify the CSIRT, test backups, scan, ask the supplier.
 * Dutch and French in messages/actions_nl.properties and messages/actions_fr.properties.
 */
@MessageBundle(value = "actions", locale = "en")
public interface ActionMessages {

    @Message("Reset the passwords and revoke the sessions of the {count} exposed account(s) at {supplier}")
    String resetAndRevokeCounted(long count, String supplier);

    @Message("Reset the passwords and revoke the sessions of your accounts on {supplier}'s service")
    String resetAndRevoke(String supplier);

    @Message("Require multi-factor authentication for every access of {supplier} to your systems and data (NIS2 Art. 21(2)(j))")
    String requireMfa(String supplier);

    @Message("Restrict or suspend {supplier}'s remote and administrative access until the post-leak questionnaire is answered")
    String restrictRemoteAccess(String supplier);

    @Message("If the incident is significant, notify the CSIRT (Centre for Cybersecurity Belgium): an early warning within 24 hours of becoming aware, an incident notification within 72 hours and a final report within one month (NIS2 Art. 23(4))")
    String notifyCsirt();

    @Message("Test that the backups of the systems {supplier} can reach can be restored")
    String testBackups(String supplier);

    @Message("Scan your network for intrusions through {supplier}'s access")
    String scanForIntrusions(String supplier);

    @Message("Send the post-leak questionnaire to {supplier}")
    String sendPostLeakQuestionnaire(String supplier);

    @Message("Send the post-leak questionnaire to {supplier} about its subcontractor {leaking}")
    String sendPostLeakQuestionnaireAbout(String supplier, String leaking);
}
