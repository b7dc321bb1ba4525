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
* #reduced-toxicity "Reduced-toxicity conditioning" "Conditioning built from agents chosen for lower organ toxicity (for example treosulfan- or fludarabine/busulfan-based), usually of myeloablative intensity. A property of the regimen, not an intensity: record the intensity (mac, ric or nma) and the reduced-toxicity-conditioning flag. Kept so that earlier records stay readable."
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

// Donors, grafts and conditioning (issue 18: transplant)
* #autologous-hsct "Autologous hematopoietic stem cell transplantation" "Infusion of the patient's own haematopoietic stem cells, collected before conditioning."
* #allogeneic-hsct "Allogeneic hematopoietic stem cell transplantation" "Infusion of haematopoietic stem cells from another person (related, unrelated or cord blood) after conditioning."
* #autologous "Autologous (the patient's own cells)" "The patient is their own donor. CIBMTR and EBMT record it as the autologous donor category."
* #syngeneic "Syngeneic (identical twin) donor" "An identical twin of the recipient (CIBMTR: syngeneic)."
* #matched-sibling "HLA-identical sibling donor" "A brother or sister who is HLA-identical with the recipient (CIBMTR: HLA-identical sibling; EBMT: HLA-identical sibling; PanCareSurPass: matched related - sibling)."
* #other-matched-related "Other HLA-matched related donor" "A relative other than a sibling (parent, child, cousin, ...) who is HLA-matched with the recipient (PanCareSurPass: matched related - parent / other)."
* #cord-blood "Cord blood unit donor" "The graft is one or more umbilical cord blood units, usually from a public cord blood bank; the unit is identified by its bank or registry identifier."
* #graft-bone-marrow "Bone marrow graft" "Haematopoietic stem cells harvested from the donor's bone marrow."
* #graft-peripheral-blood "Peripheral blood stem cell graft" "Mobilised haematopoietic stem cells collected from the donor's peripheral blood by apheresis."
* #graft-cord-blood "Cord blood graft" "Haematopoietic stem cells from one or more umbilical cord blood units."
* #no-manipulation "No ex vivo manipulation" "The graft was infused without ex vivo cell selection or depletion (volume, red-cell or plasma reduction and cryopreservation are not counted)."
* #cd3-cd19-depletion "Ex vivo CD3+/CD19+ depletion" "Removal of CD3+ T cells and CD19+ B cells from the graft in the laboratory before infusion."
* #ex-vivo-expansion "Ex vivo expansion" "Culture of the graft (usually a cord blood unit) to expand its haematopoietic progenitor cells before infusion."
* #total-nucleated-cells "Total nucleated cells" "All nucleated cells of the graft (TNC), the usual dose measure of marrow and cord blood grafts."
* #cd34-positive-cells "CD34+ cells" "Haematopoietic progenitor cells expressing CD34, the usual dose measure of peripheral blood stem cell grafts."
* #cd3-positive-cells "CD3+ cells" "T cells expressing CD3 in the graft."
* #tcrab-positive-cells "TCRαβ+ cells" "T cells bearing the alpha-beta T-cell receptor left in the graft (after TCRαβ depletion)."
* #cd19-positive-cells "CD19+ cells" "B cells expressing CD19 left in the graft (after CD19 depletion)."
* #cmv-seropositive "CMV seropositive" "IgG antibodies against cytomegalovirus detected (reactive)."
* #cmv-seronegative "CMV seronegative" "No IgG antibodies against cytomegalovirus detected (non-reactive)."
* #cmv-serostatus-indeterminate "CMV serostatus indeterminate" "The cytomegalovirus IgG test was equivocal or could not be interpreted."
* #abo-a "Blood group A" "ABO blood group A."
* #abo-b "Blood group B" "ABO blood group B."
* #abo-ab "Blood group AB" "ABO blood group AB."
* #abo-o "Blood group O" "ABO blood group O."
* #hla-alleles-matched "HLA alleles matched" "Number of HLA alleles, at the loci compared, at which donor and recipient match at allele level (the x of x/8, x/10 or x/12)."
* #hla-alleles-compared "HLA alleles compared" "Number of HLA alleles compared (8 for HLA-A, -B, -C, -DRB1; 10 adding -DQB1; 12 adding -DPB1)."
* #hla-mismatched-locus "HLA mismatched locus" "An HLA locus at which donor and recipient do not match at allele level."
* #hla-mismatch-direction "HLA mismatch direction" "Whether the HLA mismatches are seen in the graft-versus-host direction, the host-versus-graft direction, or both."
* #hla-a "HLA-A" "The HLA-A locus."
* #hla-b "HLA-B" "The HLA-B locus."
* #hla-c "HLA-C" "The HLA-C locus."
* #hla-drb1 "HLA-DRB1" "The HLA-DRB1 locus."
* #hla-dqb1 "HLA-DQB1" "The HLA-DQB1 locus."
* #hla-dpb1 "HLA-DPB1" "The HLA-DPB1 locus."
* #mismatch-gvh-only "Mismatch in graft-versus-host direction only" "The recipient carries an allele the donor lacks (the donor is homozygous at the locus): a mismatch seen only in the graft-versus-host direction."
* #mismatch-hvg-only "Mismatch in host-versus-graft direction only" "The donor carries an allele the recipient lacks (the recipient is homozygous at the locus): a mismatch seen only in the host-versus-graft (rejection) direction."
* #mismatch-bidirectional "Bidirectional mismatch" "The mismatch is seen in both the graft-versus-host and the host-versus-graft direction."
* #tbi "Total body irradiation" "External-beam irradiation of the whole body (TBI) as part of conditioning."
* #tli "Total lymphoid irradiation" "Irradiation of the lymph node regions, thymus and spleen (TLI, including total nodal irradiation) as part of conditioning."
* #tmi "Total marrow irradiation" "Image-guided irradiation of the skeleton (TMI), with or without the lymph nodes (TMLI), as part of conditioning."
* #tai "Thoracoabdominal irradiation" "Irradiation of the thorax and abdomen (TAI) as part of conditioning."
* #serotherapy-atg "Anti-thymocyte globulin (serotherapy)" "In vivo T-cell depletion with anti-thymocyte globulin, counted for GvHD prophylaxis and often for conditioning too."
* #serotherapy-alemtuzumab "Alemtuzumab (serotherapy)" "In vivo T-cell depletion with alemtuzumab (anti-CD52), counted for GvHD prophylaxis and often for conditioning too."
