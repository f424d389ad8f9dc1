package eu.nis2registry.web.view;

import io.quarkus.qute.TemplateData;

/** The login pages: what was typed (never the password), which error, which notice. */
@TemplateData
public record LoginView(String username, String error, String notice, long minutes) {
}
