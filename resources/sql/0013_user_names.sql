-- An account's name in the three parts documents print (issue 14; seed 000 p.6 2): the receipt names the employee
-- who took the application by surname, given name and patronymic. full_name stays, "Surname Given Patronymic", as
-- the documents, the history and the sync read it. The accounts already here get their parts from full_name after
-- this script, in the same transaction (UserRepository::splitStoredNames: the first word the surname, the second the
-- given name, the rest the patronymic); an administrator corrects what the split got wrong (`kensectl user rename`).
ALTER TABLE users ADD COLUMN surname TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN given_name TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN patronymic TEXT NOT NULL DEFAULT '';
