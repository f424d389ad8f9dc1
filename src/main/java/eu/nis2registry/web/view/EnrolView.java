package eu.nis2registry.web.view;

import io.quarkus.qute.TemplateData;

@TemplateData
public record EnrolView(String secret, String qrSvg, boolean error) {

    @Override
    public String toString() {
        return "EnrolView[secret hidden]";
    }
}
