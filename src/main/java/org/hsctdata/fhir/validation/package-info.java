/**
 * Where a resource is validated: the profiles content chooses ({@code ProfileSelector}), enforcement on every write
 * ({@code ProfileEnforcement}), the guide's rules FHIRPath cannot express, and the offline validator and command.
 */
package org.hsctdata.fhir.validation;
