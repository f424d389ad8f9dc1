package eu.nis2registry.audit.rest;

import eu.nis2registry.audit.rest.AuditDtos.QuestionnaireSummary;
import eu.nis2registry.audit.rest.QuestionnaireDtos.Definition;
import eu.nis2registry.audit.rest.QuestionnaireDtos.Problem;
import eu.nis2registry.audit.rest.QuestionnaireDtos.ReloadView;
import eu.nis2registry.audit.service.QuestionnaireService;
import eu.nis2registry.security.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

@Path("/api/questionnaires")
@Tag(name = "Questionnaires and audits")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class QuestionnaireResource {

    private final QuestionnaireService questionnaires;

    public QuestionnaireResource(QuestionnaireService questionnaires) {
        this.questionnaires = questionnaires;
    }

    @GET
    @Operation(summary = "The newest version of each questionnaire")
    public List<QuestionnaireSummary> list() {
        return questionnaires.newestOfEach().stream()
                .map(q -> new QuestionnaireSummary(q.key(), q.version(), q.title(),
                        q.language().name().toLowerCase(Locale.ROOT), q.translationOf(), q.questionCount()))
                .toList();
    }

    @GET
    @Path("/problems")
    @Operation(summary = "Files in the questionnaire folder that do not validate: file, line and reason")
    public List<Problem> problems() {
        return questionnaires.problems().stream().map(QuestionnaireDtos::problem).toList();
    }

    @POST
    @Path("/reload")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Read the questionnaire folder again; a broken file keeps its last good version in use")
    public ReloadView reload() {
        return QuestionnaireDtos.reload(questionnaires.reload());
    }

    @GET
    @Path("/{key}")
    @Operation(summary = "The full definition of the newest version of a questionnaire")
    public Definition get(@PathParam("key") String key) {
        return QuestionnaireDtos.definition(questionnaires.newest(key));
    }
}
