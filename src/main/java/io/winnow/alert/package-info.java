/**
 * The shared vocabulary of Winnow: immutable records and closed enums that cross package borders.
 * Nothing here depends on any other Winnow package. Collections in records are copied in and never null;
 * fields documented as nullable are absent from the source, never empty strings.
 */
package io.winnow.alert;
