-- Case listing by deadline with one filter: each common filter gets an
-- index that yields its cases already in deadline order, so a page (first
-- or deep) reads about a page of rows. Without one, a filter either sorts
-- every matching case or, past the last match, scans to the end of the
-- deadline index. A second filter is checked row by row on the most
-- selective index, which the planner picks from its statistics.
DROP INDEX cases_team_status_due;
DROP INDEX cases_assignee_status_due;
CREATE INDEX cases_team_due ON cases (team, due_key, id);
CREATE INDEX cases_assignee_due ON cases (assignee_user_id, due_key, id);
CREATE INDEX cases_priority_due ON cases (priority, due_key, id);
CREATE INDEX cases_action_due ON cases (action, due_key, id);
CREATE INDEX cases_status_opened ON cases (status, opened_at, id);
