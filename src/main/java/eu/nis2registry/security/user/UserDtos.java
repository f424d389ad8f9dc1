package eu.nis2registry.security.user;

import eu.nis2registry.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

public final class UserDtos {

    private UserDtos() {
    }

    public record CreateUser(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{3,64}", message = "3 to 64 letters, digits or . _ @ -") String username,
            @NotNull @Size(min = 12, max = 200, message = "must be 12 to 200 characters") String password,
            @NotEmpty Set<@NotNull Role> roles,
            Set<@NotNull Long> organizationIds,
            Boolean allOrganizations) {

        @Override
        public String toString() {
            return "CreateUser[username=" + username + ", roles=" + roles + "]";
        }
    }

    public record UpdateUser(
            @NotEmpty Set<@NotNull Role> roles,
            Set<@NotNull Long> organizationIds,
            Boolean allOrganizations,
            Boolean disabled) {
    }

    public record ChangePassword(
            @NotNull @Size(min = 12, max = 200, message = "must be 12 to 200 characters") String password) {

        @Override
        public String toString() {
            return "ChangePassword[hidden]";
        }
    }

    public record UserView(Long id, String username, Set<Role> roles, Set<Long> organizationIds,
            boolean allOrganizations, boolean totpEnabled, boolean disabled, Instant createdAt) {

        public static UserView of(AppUser user) {
            // Sorted: Set.copyOf iterates in an order that differs from one JVM (one instance, one restart) to the next.
            return new UserView(user.id, user.username, new TreeSet<>(user.roles), new TreeSet<>(user.organizationIds),
                    user.allOrganizations, user.totpEnabled, user.disabled, user.createdAt);
        }
    }

    public record TokenRequest(@NotBlank @Size(max = 200) String username, @NotBlank @Size(max = 200) String password,
            @Size(max = 20) String otp) {

        @Override
        public String toString() {
            return "TokenRequest[username=" + username + "]";
        }
    }

    public record TokenResponse(String token, Instant expiresAt) {

        @Override
        public String toString() {
            return "TokenResponse[expiresAt=" + expiresAt + "]";
        }
    }

    public record OtpRequest(@NotBlank @Size(max = 20) String otp) {
    }

    public record TotpEnrolment(String secret, String otpauthUri) {

        @Override
        public String toString() {
            return "TotpEnrolment[hidden]";
        }
    }

    public record Me(Long id, String username, Set<Role> roles, Set<Long> organizationIds, boolean allOrganizations,
            boolean totpEnabled, boolean totpRequired) {
    }
}
