ValueSet: GvhdProphylaxisMethodVS
Id: gvhd-prophylaxis-method-vs
Title: "GvHD Prophylaxis Method"
Description: """
Components of a graft-versus-host disease prophylaxis, listed one per coding as registries record them:
ex vivo graft manipulation (TCRαβ depletion, CD34 selection, CD45RA depletion), in vivo serotherapy (ATG,
alemtuzumab), post-transplant cyclophosphamide (a timing-defined method, hence a local code rather than the
cyclophosphamide drug code), and the immunosuppressive drugs (RxNorm ingredients). Each dose given is a separate
MedicationAdministration that is partOf the prophylaxis.
"""
* insert ArtifactMetadata
* ^copyright = "Local codes of this guide (CC0-1.0) and RxNorm content from the U.S. National Library of Medicine (free to use; see the UMLS terms)."
* $local#tcrab-depletion "Ex vivo TCRαβ+ T-cell depletion"
* $local#cd3-cd19-depletion "Ex vivo CD3+/CD19+ depletion"
* $local#cd34-selection "Ex vivo CD34+ selection"
* $local#cd45ra-depletion "Ex vivo CD45RA+ depletion"
* $local#serotherapy-atg "Anti-thymocyte globulin (serotherapy)"
* $local#serotherapy-alemtuzumab "Alemtuzumab (serotherapy)"
* $local#ptcy "Post-transplant cyclophosphamide"
* $rxnorm#42316 "tacrolimus"
* $rxnorm#68149 "mycophenolate mofetil"
