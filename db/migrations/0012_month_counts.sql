CREATE TABLE `month_counts` (
	`month` text PRIMARY KEY NOT NULL,
	`raised` integer DEFAULT 0 NOT NULL,
	`closed` integer DEFAULT 0 NOT NULL
);
