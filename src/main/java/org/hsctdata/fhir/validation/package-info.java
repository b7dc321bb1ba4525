/**
 * What the server rejects: checks of our profiles that FHIRPath cannot express, and (as enforcement grows) the
 * validation of every write against the profiles.
 */
package org.hsctdata.fhir.validation;
