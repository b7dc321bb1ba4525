CodeSystem: HsctLocalCS
Id: hsct-local-cs
Title: "HSCT Local Codes"
Description: """
Concepts this guide needs but could not find, or could not confirm, in SNOMED CT, LOINC or ICD-O-3:
the haploidentical transplant, conditioning and its intensity, donor types, graft manipulation,
measurable residual disease by flow cytometry, chimerism, engraftment, cerebrospinal fluid findings,
immunophenotype markers and their expression, and post-transplant complications.
Each code is a placeholder until a verified standard code is adopted; a standard coding may be sent
alongside it in the same CodeableConcept.
"""
* insert ArtifactMetadata
* ^caseSensitive = true
* ^content = #complete
* ^copyright = "CC0-1.0. Free to use without restriction."

// Transplant
* #haplo-allo-hsct "Allogeneic haploidentical hematopoietic stem cell transplantation" "Infusion of haematopoietic stem cells from a related donor who shares one HLA haplotype with the recipient (haploidentical), after conditioning."
* #conditioning-regimen "Conditioning regimen before HSCT" "The course of chemotherapy (with or without irradiation or serotherapy) given in the days before a haematopoietic stem cell transplant to eradicate disease and allow the graft to engraft."

// Conditioning intensity
* #mac "Myeloablative conditioning" "Conditioning expected to cause irreversible marrow aplasia without stem cell rescue."
* #ric "Reduced-intensity conditioning" "Conditioning of lower intensity than myeloablative that still causes prolonged cytopenia and usually needs stem cell support."
* #reduced-toxicity "Reduced-toxicity conditioning" "Myeloablative-intensity conditioning built from agents chosen for lower organ toxicity (for example treosulfan- or fludarabine/busulfan-based). Recorded as reported, not mapped to reduced intensity."
* #nma "Non-myeloablative conditioning" "Conditioning that causes minimal cytopenia and could allow autologous recovery without a transplant."

// Donor type
* #haploidentical "Haploidentical related donor" "A related donor who shares exactly one HLA haplotype with the recipient."
* #matched-related "HLA-matched related donor" "A related donor (usually a sibling) who is HLA-identical with the recipient."
* #matched-unrelated "HLA-matched unrelated donor" "An unrelated registry donor who matches the recipient at the HLA loci tested."
* #mismatched-related "HLA-mismatched related donor" "A related donor who is HLA-mismatched with the recipient but not haploidentical."
* #mismatched-unrelated "HLA-mismatched unrelated donor" "An unrelated registry donor with one or more HLA mismatches with the recipient."

// Graft manipulation and GvHD prophylaxis methods
* #tcrab-depletion "Ex vivo TCRαβ+ T-cell depletion" "Removal of T cells bearing the alpha-beta T-cell receptor from the graft in the laboratory before infusion, as prophylaxis against graft-versus-host disease."
* #cd34-selection "Ex vivo CD34+ selection" "Positive selection of CD34+ haematopoietic progenitor cells from the graft in the laboratory before infusion."
* #cd45ra-depletion "Ex vivo CD45RA+ depletion" "Removal of naive (CD45RA+) T cells from the graft in the laboratory before infusion."
* #ptcy "Post-transplant cyclophosphamide" "High-dose cyclophosphamide given in the first days after transplant to eliminate alloreactive T cells, as prophylaxis against graft-versus-host disease."

// Measurable residual disease
* #mrd-flow "MRD by flow cytometry" "Measurable (minimal) residual disease of B-cell acute lymphoblastic leukaemia measured by flow cytometry, as the percentage of leukaemic cells."
* #multicolour-flow-cytometry "Multicolour flow cytometry" "Flow cytometry with a panel of several fluorochrome-labelled antibodies measured together."

// Chimerism and engraftment
* #donor-chimerism "Donor chimerism" "Proportion of haematopoietic cells of donor origin after allogeneic transplant."
* #complete-donor-chimerism "Complete donor chimerism" "All, or all but a trace below the laboratory threshold, of the tested cells are of donor origin."
* #mixed-chimerism "Mixed chimerism" "Both donor and recipient cells are detected above the laboratory threshold."
* #recipient-chimerism "Complete recipient chimerism" "No donor cells are detected: loss of the graft or autologous reconstitution."
* #str-pcr "Short tandem repeat PCR" "Chimerism measured by PCR amplification of short tandem repeat markers that differ between donor and recipient."
* #engraftment "Engraftment" "Recovery of donor-derived haematopoiesis after transplant, as defined by the transplant centre (usually sustained neutrophil recovery)."
* #day-post-hsct "Day after transplant" "Number of days after the day of transplant (day 0) on which the event was documented (the D+n of transplant reports)."

// Cerebrospinal fluid
* #csf-exam "Cerebrospinal fluid examination" "Examination of cerebrospinal fluid for leukaemic involvement of the central nervous system (cell count and cytology)."
* #csf-normal "Cerebrospinal fluid normal" "Cerebrospinal fluid cell count and cytology within normal limits; no leukaemic blasts seen."
* #csf-blasts-detected "Leukaemic blasts in cerebrospinal fluid" "Leukaemic blasts are seen in the cerebrospinal fluid."

// Cytogenetics, molecular and disease course
* #molecular-screen "Molecular genetic screening (targets not reported)" "Screening of leukaemic cells for recurrent molecular genetic abnormalities, where the targets tested are not reported."
* #disease-phase "Disease phase" "Phase of the disease course at the time of the status assessment (for example remission, relapse or refractory disease)."
* #b-lbl-hyperdiploid "B lymphoblastic leukemia/lymphoma with hyperdiploidy (ICD-O-3 code number unconfirmed)" "B lymphoblastic leukaemia/lymphoma with more than 50 chromosomes. Stands in for the ICD-O-3 morphology code (candidate 9815/3) until that number is confirmed."

// Complications
* #post-hsct-lymphopenia "Post-transplant lymphopenia" "Low blood lymphocyte count persisting after haematopoietic stem cell transplant."

// Immunophenotype markers (flow cytometry of leukaemic blasts)
* #cd45 "CD45 on leukaemic blasts" "Expression of CD45 (leukocyte common antigen) on the leukaemic blast population."
* #cd19 "CD19 on leukaemic blasts" "Expression of CD19 (B-lineage antigen, target of blinatumomab) on the leukaemic blast population."
* #cd10 "CD10 on leukaemic blasts" "Expression of CD10 (CALLA) on the leukaemic blast population."
* #cd34 "CD34 on leukaemic blasts" "Expression of CD34 (progenitor antigen) on the leukaemic blast population."
* #cd38 "CD38 on leukaemic blasts" "Expression of CD38 on the leukaemic blast population."
* #cd22 "CD22 on leukaemic blasts" "Expression of CD22 (B-lineage antigen, target of inotuzumab ozogamicin) on the leukaemic blast population."
* #cd20 "CD20 on leukaemic blasts" "Expression of CD20 on the leukaemic blast population."

// Marker expression
* #positive "Positive" "The marker is expressed on the leukaemic blasts."
* #negative "Negative" "The marker is not expressed on the leukaemic blasts."
* #dim "Dim" "The marker is expressed at lower intensity than on normal cells of the same lineage."
* #bright "Bright" "The marker is expressed at higher intensity than on normal cells of the same lineage."
