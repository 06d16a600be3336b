-- The kiosks' places are now a count (legalServices.kioskPlaces): an installation's own wording of the section
-- written for the place names reads "在N个地点设置…".
UPDATE report_section_template
   SET body = REPLACE(body, '在{legalServices.kioskPlaces}设置', '在{legalServices.kioskPlaces}个地点设置')
 WHERE body LIKE '%在{legalServices.kioskPlaces}设置%';

-- The figures of the town's mediation committee are keyed mediation.townCommittee.accepted, .writtenAgreements and
-- .oralAgreements (formerly townCommitteeAccepted, ...): the installation's own templates, the texts of existing
-- reports and the frozen figures of approved ones follow.
UPDATE report_section_template
   SET body = REPLACE(REPLACE(REPLACE(body, '{mediation.townCommitteeAccepted}', '{mediation.townCommittee.accepted}'),
              '{mediation.townCommitteeWrittenAgreements}', '{mediation.townCommittee.writtenAgreements}'),
              '{mediation.townCommitteeOralAgreements}', '{mediation.townCommittee.oralAgreements}')
 WHERE body LIKE '%{mediation.townCommittee%';
UPDATE report_section_version
   SET body = REPLACE(REPLACE(REPLACE(body, '{mediation.townCommitteeAccepted}', '{mediation.townCommittee.accepted}'),
              '{mediation.townCommitteeWrittenAgreements}', '{mediation.townCommittee.writtenAgreements}'),
              '{mediation.townCommitteeOralAgreements}', '{mediation.townCommittee.oralAgreements}')
 WHERE body LIKE '%{mediation.townCommittee%';
UPDATE report_section_version
   SET typed_figures = REPLACE(REPLACE(REPLACE(typed_figures, 'mediation.townCommitteeAccepted',
              'mediation.townCommittee.accepted'), 'mediation.townCommitteeWrittenAgreements',
              'mediation.townCommittee.writtenAgreements'), 'mediation.townCommitteeOralAgreements',
              'mediation.townCommittee.oralAgreements')
 WHERE typed_figures LIKE '%mediation.townCommittee%';
UPDATE report_frozen_figure SET figure_key = 'mediation.townCommittee.accepted'
 WHERE figure_key = 'mediation.townCommitteeAccepted';
UPDATE report_frozen_figure SET figure_key = 'mediation.townCommittee.writtenAgreements'
 WHERE figure_key = 'mediation.townCommitteeWrittenAgreements';
UPDATE report_frozen_figure SET figure_key = 'mediation.townCommittee.oralAgreements'
 WHERE figure_key = 'mediation.townCommitteeOralAgreements';
