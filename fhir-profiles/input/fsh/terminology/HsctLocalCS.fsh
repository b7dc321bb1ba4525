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

// Cellular therapy and medications (issue 18 items 6 and 9)
* #lymphodepletion "Lymphodepleting chemotherapy before cellular therapy" "The course of chemotherapy (usually fludarabine and cyclophosphamide) given in the days before an infusion of CAR-T or other immune effector cells to deplete the recipient's lymphocytes. It is not a transplant conditioning regimen."
* #cytokine-release-syndrome "Cytokine release syndrome" "A supraphysiological response after an immune effector cell therapy that activates T cells or other immune effector cells, with fever and possibly hypotension, capillary leak and hypoxia (ASTCT consensus definition, Lee et al. 2019)."
* #icans "Immune effector cell-associated neurotoxicity syndrome" "A disorder of the central nervous system after an immune effector cell therapy, with encephalopathy, aphasia, depressed consciousness, seizures, motor findings or cerebral oedema (ASTCT consensus definition, Lee et al. 2019)."
* #astct-grade-1 "ASTCT grade 1" "Grade 1 of cytokine release syndrome or ICANS under the ASTCT consensus grading (Lee et al. 2019)."
* #astct-grade-2 "ASTCT grade 2" "Grade 2 of cytokine release syndrome or ICANS under the ASTCT consensus grading (Lee et al. 2019)."
* #astct-grade-3 "ASTCT grade 3" "Grade 3 of cytokine release syndrome or ICANS under the ASTCT consensus grading (Lee et al. 2019)."
* #astct-grade-4 "ASTCT grade 4" "Grade 4 of cytokine release syndrome or ICANS under the ASTCT consensus grading (Lee et al. 2019)."
* #brexucabtagene-autoleucel "brexucabtagene autoleucel" "Autologous anti-CD19 CAR-T cell product (Tecartus). Local code: no RxNorm or ATC code for it was verified for this guide."
* #obecabtagene-autoleucel "obecabtagene autoleucel" "Autologous anti-CD19 CAR-T cell product with a fast off-rate binder (Aucatzyl). Local code: no RxNorm or ATC code for it was verified for this guide."
* #academic-car-t-cd19 "Academic anti-CD19 CAR-T cells" "An anti-CD19 CAR-T cell product manufactured by an academic centre or under a trial (not a licensed product); name the product and trial in the administration's note."
* #academic-car-t-cd22 "Academic anti-CD22 CAR-T cells" "An anti-CD22 CAR-T cell product manufactured by an academic centre or under a trial (not a licensed product); name the product and trial in the administration's note."
* #academic-car-t-cd19-cd22 "Academic bispecific or dual anti-CD19/CD22 CAR-T cells" "A CAR-T cell product targeting both CD19 and CD22 (bispecific CAR or co-administered products) manufactured by an academic centre or under a trial."
* #rabbit-atg-thymoglobulin "Rabbit anti-thymocyte globulin (Thymoglobulin)" "Rabbit anti-thymocyte globulin raised against human thymocytes (Thymoglobulin; usual total doses 2.5 to 10 mg/kg). Names the brand, because doses of the two rabbit ATG brands are not interchangeable."
* #rabbit-atg-grafalon "Rabbit anti-T-lymphocyte globulin (Grafalon, ATG-F)" "Rabbit anti-T-lymphocyte globulin raised against the Jurkat T-cell line (Grafalon, formerly ATG-Fresenius; usual total doses 15 to 60 mg/kg). Names the brand, because doses of the two rabbit ATG brands are not interchangeable."
