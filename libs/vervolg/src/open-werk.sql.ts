// Every kind of open work as one relation; each branch is served by a partial or foreign-key index.
export const OPEN_WERK = `
  SELECT 'BEOORDELEN' AS soort, m.id AS object_id, m.id AS melding_id, m.nummer, m.casus_id, m.team, m.toegewezen_aan, m.uiterlijke_beoordelingsdatum AS datum
    FROM melding m WHERE m.fase = 'TE_BEOORDELEN'
  UNION ALL
  SELECT 'TOETSEN', b.id, m.id, m.nummer, m.casus_id, m.team, m.toegewezen_aan, m.uiterlijke_beoordelingsdatum
    FROM veiligheidsbeoordeling b JOIN melding m ON m.id = b.melding_id WHERE b.status = 'TER_TOETSING'
  UNION ALL
  SELECT 'INTERVENTIE_STARTEN', i.id, m.id, m.nummer, m.casus_id, m.team, m.toegewezen_aan, i.uiterlijke_startdatum
    FROM interventie i JOIN melding m ON m.id = i.melding_id WHERE i.status = 'GEPLAND'
  UNION ALL
  SELECT 'INTERVENTIE_AFRONDEN', i.id, m.id, m.nummer, m.casus_id, m.team, m.toegewezen_aan, i.uiterlijke_einddatum
    FROM interventie i JOIN melding m ON m.id = i.melding_id WHERE i.status = 'GESTART'
  UNION ALL
  SELECT CASE o.status WHEN 'WACHTLIJST' THEN 'OVERDRACHT_PLANNEN' ELSE 'OVERDRACHT_UITVOEREN' END, o.id, m.id, m.nummer, m.casus_id, m.team, m.toegewezen_aan, o.afgesproken_datum
    FROM overdracht o JOIN melding m ON m.id = o.melding_id WHERE o.status IN ('WACHTLIJST', 'GEPLAND')
  UNION ALL
  SELECT 'MONITORING', mc.id, m.id, m.nummer, m.casus_id, m.team, m.toegewezen_aan, mc.gepland_op
    FROM monitoring_contact mc JOIN overdracht o ON o.id = mc.overdracht_id JOIN melding m ON m.id = o.melding_id WHERE mc.status = 'GEPLAND'
  UNION ALL
  SELECT 'TERUGKOPPELING', m.id, m.id, m.nummer, m.casus_id, m.team, m.toegewezen_aan, NULL::date
    FROM melding m
    WHERE EXISTS (SELECT 1 FROM veiligheidsbeoordeling b WHERE b.melding_id = m.id AND b.status = 'VASTGESTELD')
      AND NOT EXISTS (SELECT 1 FROM terugkoppeling t WHERE t.melding_id = m.id AND t.moment = 'NA_BEOORDELING')`;
