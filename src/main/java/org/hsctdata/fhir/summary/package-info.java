/**
 * The International Patient Summary of a transplant patient ({@code Patient/[id]/$summary}): HAPI's IPS generator
 * with our section choices, a transplant section and the fixes IPS 2.0.0 needs (docs/summary.md).
 */
package org.hsctdata.fhir.summary;
