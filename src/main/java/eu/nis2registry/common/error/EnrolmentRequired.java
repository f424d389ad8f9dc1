package eu.nis2registry.common.error;

/** The answer to every call but enrolment, for a user whom policy requires to enrol two-factor first. */
public final class EnrolmentRequired {

    private EnrolmentRequired() {
    }

    public static ApiException exception() {
        return new ApiException(403, "enrolment_required",
                "Two-factor authentication is required for your role: enrol at /api/me/totp, then log in again");
    }
}
