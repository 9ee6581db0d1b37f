CREATE TABLE "team_previous_member" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"employee_id" text NOT NULL,
	"name" text NOT NULL,
	"title" text NOT NULL,
	"role_id" text NOT NULL,
	"level_id" text NOT NULL,
	"location_id" text NOT NULL,
	"base" numeric(14, 2) NOT NULL,
	"bonus" numeric(14, 2) DEFAULT 0 NOT NULL,
	"equity" numeric(14, 2) DEFAULT 0 NOT NULL,
	"performance_rating" smallint,
	"hire_date" date,
	"manager_employee_id" text,
	"gender" text,
	CONSTRAINT "team_previous_member_team_employee_key" UNIQUE("team_id","employee_id")
);
--> statement-breakpoint
CREATE TABLE "team_previous_roster" (
	"team_id" uuid PRIMARY KEY NOT NULL,
	"revision" integer NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	"saved_by" text
);
--> statement-breakpoint
ALTER TABLE "team_previous_member" ADD CONSTRAINT "team_previous_member_team_id_team_previous_roster_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."team_previous_roster"("team_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_previous_roster" ADD CONSTRAINT "team_previous_roster_team_id_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."team"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_previous_roster" ADD CONSTRAINT "team_previous_roster_saved_by_user_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;