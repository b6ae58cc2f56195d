-- Due work is taken by priority, then by time (db-scheduler's priority ordering, over the index of V2):
-- the provider events' inbox (90) goes ahead of a burst of régua deadlines due at the same moment (50).
UPDATE scheduled_tasks SET priority = 50 WHERE priority IS NULL;
UPDATE scheduled_tasks SET priority = 90 WHERE task_name = 'pagamentos-eventos-do-provedor';
