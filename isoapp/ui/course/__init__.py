"""My course: the dose tracker (section kind ``course``) and the monitoring plan (kind ``plan``).

Views only lay out; the logic lives in the Qt-free modules isoapp/course.py, course_store.py,
monitoring_plan.py and calendar_export.py. The widgets are imported when their tab is first shown.
"""

from __future__ import annotations


def create_course(section, ctx):
    from isoapp.ui.course.course_view import CourseView

    return CourseView(section, ctx)


def create_plan(section, ctx):
    from isoapp.ui.course.plan_view import PlanView

    return PlanView(section, ctx)
