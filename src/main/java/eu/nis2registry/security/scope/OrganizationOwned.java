package eu.nis2registry.security.scope;

/** A record that belongs to one organisation and is visible only inside that organisation's scope. */
public interface OrganizationOwned {

    Long owningOrganizationId();
}
