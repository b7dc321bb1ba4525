/**
 * What a person sees in a browser: the landing page, the case timeline (static pages under
 * {@code src/main/resources/static/} that read the FHIR API) and the profile documentation rendered from the loaded
 * package, with the example entries that use each artifact.
 */
package org.hsctdata.fhir.web;
