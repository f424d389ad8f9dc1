package eu.nis2registry.security.user.service;

import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.common.error.ErrorDetail;
import eu.nis2registry.common.error.Problems;
import eu.nis2registry.security.Role;
import eu.nis2registry.security.SecurityConfig;
import eu.nis2registry.security.token.TokenService;
import eu.nis2registry.security.trail.AuditTrail;
import eu.nis2registry.security.user.AppUser;
import eu.nis2registry.security.user.UserDtos.ChangePassword;
import eu.nis2registry.security.user.UserDtos.CreateUser;
import eu.nis2registry.security.user.UserDtos.UpdateUser;
import eu.nis2registry.security.user.UserDtos.UserView;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

@ApplicationScoped
public class UserService {

    private final EntityManager em;
    private final AuditTrail trail;
    private final TokenService tokens;
    private final SecurityConfig config;
    private final Clock clock;

    public UserService(EntityManager em, AuditTrail trail, TokenService tokens, SecurityConfig config, Clock clock) {
        this.em = em;
        this.trail = trail;
        this.tokens = tokens;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public UserView create(CreateUser request) {
        String username = request.username().toLowerCase(Locale.ROOT);
        Set<Long> organizations = request.organizationIds() == null ? Set.of() : request.organizationIds();
        Problems problems = new Problems();
        checkOrganizations(organizations, problems);
        problems.throwIfAny();
        AppUser.findByUsername(username).ifPresent(existing -> {
            throw ApiException.conflict("user_exists", "A user with this username exists",
                    List.of(ErrorDetail.record(existing.id, "username", "taken")));
        });
        AppUser user = new AppUser();
        user.username = username;
        user.passwordHash = BcryptUtil.bcryptHash(request.password());
        user.roles = new HashSet<>(request.roles());
        user.organizationIds = new HashSet<>(organizations);
        user.allOrganizations = Boolean.TRUE.equals(request.allOrganizations());
        user.createdAt = clock.instant();
        user.persist();
        UserView view = UserView.of(user);
        trail.record("USER_CREATED", "User", user.id, null, null, view);
        return view;
    }

    @Transactional
    public UserView update(Long id, UpdateUser request) {
        AppUser user = require(id);
        Set<Long> organizations = request.organizationIds() == null ? Set.of() : request.organizationIds();
        Problems problems = new Problems();
        checkOrganizations(organizations, problems);
        problems.throwIfAny();
        UserView before = UserView.of(user);
        user.roles = new HashSet<>(request.roles());
        user.organizationIds = new HashSet<>(organizations);
        user.allOrganizations = Boolean.TRUE.equals(request.allOrganizations());
        boolean disable = Boolean.TRUE.equals(request.disabled());
        boolean rightsChanged = !before.roles().equals(Set.copyOf(user.roles)) || !before.organizationIds().equals(Set.copyOf(user.organizationIds))
                || before.allOrganizations() != user.allOrganizations;
        // Tokens carry the rights they were issued with: new rights (or a new duty to use two-factor) need a new login.
        if (disable && !user.disabled || rightsChanged) {
            tokens.revokeAll(user);
        }
        user.disabled = disable;
        UserView after = UserView.of(user);
        trail.record("USER_UPDATED", "User", user.id, null, before, after);
        return after;
    }

    @Transactional
    public void changePassword(Long id, ChangePassword request) {
        AppUser user = require(id);
        user.passwordHash = BcryptUtil.bcryptHash(request.password());
        tokens.revokeAll(user);
        trail.record("USER_PASSWORD_CHANGED", "User", user.id, null, null, null);
    }

    public List<UserView> list() {
        return AppUser.<AppUser>listAll(Sort.by("username")).stream().map(UserView::of).toList();
    }

    public UserView get(Long id) {
        return UserView.of(require(id));
    }

    public boolean totpRequired(AppUser user) {
        return user.roles.stream().anyMatch(config.totpRequiredRoles()::contains);
    }

    private AppUser require(Long id) {
        AppUser user = AppUser.findById(id);
        if (user == null) {
            throw ApiException.notFound("User");
        }
        return user;
    }

    private void checkOrganizations(Collection<Long> ids, Problems problems) {
        if (ids.isEmpty()) {
            return;
        }
        List<Long> known = em.createQuery("select o.id from Organization o where o.id in :ids", Long.class)
                .setParameter("ids", ids).getResultList();
        ids.stream().filter(id -> !known.contains(id)).sorted()
                .forEach(id -> problems.field("organizationIds", "no organization with id " + id));
    }

    /** For the first start: no check of scope, the caller is the system. */
    @Transactional
    public AppUser createInitialAdmin(String password) {
        AppUser admin = new AppUser();
        admin.username = "admin";
        admin.passwordHash = BcryptUtil.bcryptHash(password);
        admin.roles = new HashSet<>(Set.of(Role.ADMIN));
        admin.createdAt = clock.instant();
        admin.persist();
        trail.recordAs("system", "USER_CREATED", "User", admin.id, null, null, UserView.of(admin));
        return admin;
    }
}
