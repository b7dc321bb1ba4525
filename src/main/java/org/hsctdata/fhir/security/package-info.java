/**
 * Who may do what: OAuth2 bearer tokens (JWT) checked by Spring Security, their SMART on FHIR scopes turned into
 * HAPI authorization rules, the SMART discovery document, and the rule that an unsecured server listens on loopback
 * only.
 */
package org.hsctdata.fhir.security;
