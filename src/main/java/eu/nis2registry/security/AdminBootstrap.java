package eu.nis2registry.security;

import eu.nis2registry.security.user.AppUser;
import eu.nis2registry.security.user.service.UserService;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;
import org.jboss.logging.Logger;

import java.security.SecureRandom;
import java.util.Base64;

/** The first start on an empty database creates the first admin, as API.md says. */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    private final UserService users;
    private final AdminConfig config;

    public AdminBootstrap(UserService users, AdminConfig config) {
        this.users = users;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (AppUser.count() > 0) {
            return;
        }
        boolean generated = config.initialPassword().filter(p -> !p.isBlank()).isEmpty();
        String password = generated ? randomPassword() : config.initialPassword().get();
        try {
            users.createInitialAdmin(password);
        } catch (PersistenceException e) {
            // Another instance created it at the same moment.
            LOG.info("The first admin was created by another instance");
            return;
        }
        if (generated) {
            // Printed once, on purpose: there is no other way to learn it. Change it after the first login.
            LOG.warnf("Created user 'admin' with generated password: %s (set REGISTRY_ADMIN_INITIAL_PASSWORD to choose it)", password);
        } else {
            LOG.info("Created user 'admin' with the password from registry.admin.initial-password");
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
