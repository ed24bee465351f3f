-- Letter paths become relative to the Letters folder ("<case folder>/<file>"), so a path written into the
-- shared file is never opened as-is. Letters were always saved as <Letters folder>/<case folder>/<file>,
-- so the last two parts of an absolute path are its place inside the folder. Backslashes are Windows paths.
UPDATE `letters` SET `path` = (
  SELECT substr(d, length(rtrim(d, replace(d, '/', ''))) + 1) || '/' || f
  FROM (
    SELECT substr(dir, 1, length(dir) - 1) AS d, f
    FROM (SELECT rtrim(p, replace(p, '/', '')) AS dir, substr(p, length(rtrim(p, replace(p, '/', ''))) + 1) AS f FROM (SELECT replace(`letters`.`path`, char(92), '/') AS p))
  )
) WHERE `path` LIKE '/%' OR `path` LIKE '_:%' OR `path` LIKE char(92) || '%';
