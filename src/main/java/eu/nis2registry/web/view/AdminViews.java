package eu.nis2registry.web.view;

import eu.nis2registry.audit.questionnaire.ValidationProblem;
import eu.nis2registry.inventory.rest.InventoryDtos.OrganizationView;
import eu.nis2registry.security.Role;
import eu.nis2registry.security.user.UserDtos.UserView;
import io.quarkus.qute.TemplateData;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

public final class AdminViews {

    private AdminViews() {
    }

    /** A user form as typed; the password is never echoed back. */
    @TemplateData
    public record UserForm(Long id, String username, Set<String> roles, Set<String> organizationIds,
            boolean allOrganizations, boolean disabled) {

        public boolean isNew() {
            return id == null;
        }

        public boolean hasRole(Role role) {
            return roles.contains(role.name());
        }

        public boolean hasOrganization(Long organizationId) {
            return organizationIds.contains(String.valueOf(organizationId));
        }
    }

    @TemplateData
    public record UsersPage(List<UserView> users, Map<Long, String> organizationNames, UserForm form, FormErrors errors,
            List<OrganizationView> organizations, String notice) {

        public List<Role> allRoles() {
            return Arrays.asList(Role.values());
        }

        public String organizationName(Long id) {
            return organizationNames.getOrDefault(id, "#" + id);
        }
    }

    @TemplateData
    public record UserPage(UserView user, UserForm form, FormErrors errors, List<OrganizationView> organizations,
            boolean saved) {

        public List<Role> allRoles() {
            return Arrays.asList(Role.values());
        }
    }

    @TemplateData
    public record QuestionnaireRow(String key, int version, String title, String language, int questionCount) {
    }

    @TemplateData
    public record QuestionnairesPage(List<QuestionnaireRow> active, List<ValidationProblem> problems,
            List<String> retained, boolean reloaded) {
    }
}
