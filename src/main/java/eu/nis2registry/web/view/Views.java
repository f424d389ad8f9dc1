package eu.nis2registry.web.view;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import java.util.List;

/** Every page template, checked at build time against the data it is given. */
@CheckedTemplate(basePath = "web", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
public final class Views {

    private Views() {
    }

    public static native TemplateInstance login(Page page, LoginView view);

    public static native TemplateInstance loginCode(Page page, LoginView view);

    public static native TemplateInstance enrol(Page page, EnrolView view);

    public static native TemplateInstance recoveryCodes(Page page, List<String> codes);

    public static native TemplateInstance account(Page page, eu.nis2registry.security.user.UserDtos.Me me, long remaining);

    public static native TemplateInstance error(Page page, String kind, String detail, String back);
}
