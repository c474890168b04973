package io.videogen.domain.audit;

/** What the audit trail records. The names are stable: operators search and alert on them. */
public enum SecurityEventType {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    /** A sign-in refused without checking the password, because the account or address is locked out. */
    LOGIN_THROTTLED,
    /** Too many failed sign-ins for one account: it is locked for a while. */
    ACCOUNT_LOCKED_OUT,
    /** Too many failed sign-ins from one address: sign-ins from it are refused for a while. */
    ADDRESS_LOCKED_OUT,
    TOKEN_REFRESHED,
    /** A spent refresh token came back, so its whole family was revoked. */
    REFRESH_TOKEN_REUSED,
    LOGGED_OUT,
    /** A request carried an access token that failed verification. */
    ACCESS_TOKEN_REJECTED,
    /** A signed-in caller asked for something their role does not allow. */
    ACCESS_DENIED,
    ROLES_CHANGED,
    ACCOUNT_LOCKED,
    ACCOUNT_UNLOCKED,
    ADMIN_CREATED,
    /** A new TOTP secret was handed out; MFA is not on until a code confirms it. */
    MFA_ENROLMENT_STARTED,
    MFA_ENABLED,
    MFA_DISABLED,
    /** An admin removed an account's second factor. */
    MFA_RESET,
    /** The password was right; the sign-in waits for the second factor. */
    MFA_CHALLENGED,
    /** A code given to confirm or turn off MFA was wrong or used before. */
    MFA_CODE_REJECTED,
    MFA_RECOVERY_CODE_USED,
    /** An admin switched a feature on or off. */
    FEATURE_FLAG_CHANGED,
    /** A sign-in from an address the account's address rules do not allow. */
    ADDRESS_DENIED,
    ADDRESS_RULE_ADDED,
    ADDRESS_RULE_REMOVED,
    /** A threat detector recognised an attack pattern ({@link ThreatKind}). */
    THREAT_DETECTED
}
