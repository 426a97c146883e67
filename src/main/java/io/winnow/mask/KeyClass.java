package io.winnow.mask;

/** What the name of a key says about its value; see {@link KeyNames}. */
enum KeyClass {
    /** A user name: {@code user}, {@code srcuser}, {@code TargetUserName}, {@code acct}, {@code Account Name}. */
    USER,
    /** A host name: {@code hostname}, {@code Computer}, {@code node}, {@code agent.name}, {@code Workstation Name}. */
    HOST,
    /** A host name, but only when the value is dotted ({@code server: www.example.com}, not {@code nginx}). */
    DOTTED_HOST,
    /** A Windows or DNS domain: {@code TargetDomainName}, {@code Account Domain}, {@code DC}. */
    DOMAIN,
    /** A container ID: {@code container.id}, {@code containerID}, {@code sandbox_id}. */
    CONTAINER,
    /** A password, whatever it looks like: {@code password}, {@code passwd}, {@code pwd}, {@code PGPASSWORD}. */
    PASSWORD,
    /** A secret, whatever it looks like: {@code token}, {@code api_key}, {@code client_secret}. */
    SECRET,
    /** A secret if it looks random: {@code SIGNING_KEY}, {@code session}, {@code x-custom-auth}. */
    SECRET_IF_RANDOM,
    /** The name of the rule that fired: kept as written, like the alert's rule. */
    RULE,
    NONE
}
